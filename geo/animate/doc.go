// Package animate turns a render.Film into an animation file, headless:
// the years of the atlas one after another (Years), or a lesson's scenes
// with camera flights between them and each caption held long enough to
// read (Lesson), written as a GIF, an MP4 (through an ffmpeg found on PATH
// when the export runs) or a folder of numbered PNG frames (Write).
//
// Frames are streamed: each is drawn, encoded and dropped before the next,
// so memory does not grow with the length of the animation. The GIF has
// one palette for every frame (median cut over sample frames, so colours
// do not flicker), an ordered dither (stable from frame to frame, so
// still parts stay still and hatching stays crisp), and frames that store
// only what changed. Every output is written under a temporary name and
// renamed into place when complete: a cancelled or failed export leaves
// nothing behind, and an existing file or folder is replaced only when
// asked. Write takes a context for cancelling and reports progress as
// frame i of n, for a GUI's progress bar.
//
// It draws with package render and must not import fyne or anything under
// ui/.
package animate
