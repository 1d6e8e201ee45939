//! Month names (Levantine, Egyptian/Gulf, Maghrebi), day names and date-line words.
