/*===- main.c - entry point of a standalone compiled network ----*- C -*-===*\
|*                                                                          *|
|* Part of plasticc. Kept apart from the runtime library so that a shared   *|
|* library built with --emit=lib has no main().                             *|
|*                                                                          *|
\*===----------------------------------------------------------------------===*/

#include "plasticc/runtime.h"

int main(int argc, char **argv) { return plasticc_main(argc, argv); }
