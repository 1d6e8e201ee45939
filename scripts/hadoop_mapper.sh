#!/usr/bin/env bash
# Hadoop Streaming mapper for matn: each input line is one WARC path; prints the JSON
# Lines of every HTML response record. Local or shared-file-system paths are read
# directly; hdfs://, s3a://, gs://, abfs:// and viewfs:// paths are streamed through
# `hadoop fs -cat` (matn reads the WARC on standard input, so source.path is "-" and
# source.url / source.warc_record_id identify the records).
#
# With NLineInputFormat Hadoop hands the mapper "OFFSET<TAB>PATH"; the offset is dropped.
# matn is taken from $MATN, else ./matn (shipped with -files), else the PATH.
# A record or file that fails is reported on stderr (the task log) and skipped: matn's
# exit statuses 1 (some pages failed) and 2 (nothing readable: a missing file, an archive
# with no HTML page) do not fail the task; anything else (a crash, a signal) does.
set -uo pipefail
MATN=${MATN:-}
if [ -z "$MATN" ]; then
  if [ -x ./matn ]; then MATN=./matn; else MATN=matn; fi
fi
status=0
while IFS= read -r line || [ -n "$line" ]; do
  path=${line#*$'\t'}                      # NLineInputFormat: drop "OFFSET<TAB>"
  path=${path%$'\r'}
  [ -z "$path" ] && continue
  case "$path" in
    hdfs://*|s3a://*|gs://*|abfs://*|abfss://*|viewfs://*)
      hadoop fs -cat "$path" | "$MATN" --quiet - ;;
    *)
      "$MATN" --quiet "$path" ;;
  esac
  rc=$?
  if [ "$rc" -gt 2 ]; then
    echo "matn mapper: $path: exit status $rc" >&2
    status=$rc
  fi
done
exit "$status"
