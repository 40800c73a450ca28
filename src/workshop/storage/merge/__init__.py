"""Two copies of one engagement: hand out a copy that knows its base, and merge it back (three-way, on
SQLite's session extension through apsw). No Qt."""

from workshop.storage.merge.bases import Base, hand_out
from workshop.storage.merge.engine import merge_images
from workshop.storage.merge.files import (
    MergeSide, Prepared, hand_out_store, merge_files, prepare, read_side, replace_content, side_of, write_image,
)
from workshop.storage.merge.schema_info import MergeError

__all__ = ["Base", "MergeError", "MergeSide", "Prepared", "hand_out", "hand_out_store", "merge_files",
           "merge_images", "prepare", "read_side", "replace_content", "side_of", "write_image"]
