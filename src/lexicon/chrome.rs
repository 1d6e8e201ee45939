//! Page chrome: class/id/role tokens and Arabic and English phrases that mark
//! newsletter boxes, comments, related lists, share bars, menus, footers and the like.
