//===- Traceback.cpp - traceback entries and uncaught exceptions ----------===//
//
// Compiled code calls adder_traceback_add on the error path of each call
// site as the exception travels outward, innermost frame first; entries are
// pushed at the front so the list reads outermost first, the order
// CPython prints ("most recent call last"). printPendingException renders
// chained exceptions, entries with their source lines (when the target can
// read sources) and the final "Type: message" line. The same rendering
// fills a str for the traceback module (formatException), through a
// capture that replaces stderr while it runs.
//
//===----------------------------------------------------------------------===//

#include "core/Exceptions.h"
#include "core/Output.h"

#include "adder/runtime/HAL.h"
#include "adder/runtime/Heap.h"
#include "adder/runtime/Protocols.h"
#include "adder/runtime/Str.h"
#include "objects/List.h"
#include "objects/Tuple.h"

namespace adder::rt {

namespace {

void traceEntry(Object *O, Tracer &T) {
  T(&reinterpret_cast<TracebackEntry *>(O)->next);
}

} // namespace

extern "C" const Type adder_type_traceback = {
    .header = {&adder_type_type},
    .name = "traceback",
    .base = &adder_type_object,
    .flags = 0,
    .instanceSize = sizeof(TracebackEntry),
    .trace = traceEntry};

extern "C" void adder_traceback_add(const CodeInfo *Code, uint32_t Line) {
  Object *Pending = adder_pending_exception;
  if (!Pending || !gcInHeap(Pending))
    return; // the static MemoryError carries no traceback
  // Recording must not disturb the pending exception even if the heap is
  // full: allocate with the slot cleared, then restore it.
  adder_pending_exception = nullptr;
  auto *Entry = reinterpret_cast<TracebackEntry *>(
      gcAllocWithoutStress(&adder_type_traceback, sizeof(TracebackEntry)));
  adder_pending_exception = Pending;
  if (!Entry)
    return;
  auto *E = reinterpret_cast<BaseException *>(Pending);
  Entry->code = Code;
  Entry->line = Line;
  Entry->next = E->traceback;
  E->traceback = Entry;
}

namespace {

/// Where rendering goes: stderr, or the builder of formatException.
StrBuilder *Capture = nullptr;

void writeErr(const char *S, size_t N) {
  if (Capture)
    Capture->append(S, N);
  else
    outputWrite(2, S, N);
}
void writeErr(const char *S) {
  size_t N = 0;
  while (S[N])
    ++N;
  writeErr(S, N);
}

void writeDecimal(uint32_t V) {
  char Buf[12];
  int N = 0;
  do {
    Buf[N++] = char('0' + V % 10);
    V /= 10;
  } while (V);
  char Out[12];
  for (int I = 0; I < N; ++I)
    Out[I] = Buf[N - 1 - I];
  writeErr(Out, size_t(N));
}

void printEntry(const TracebackEntry *Entry) {
  writeErr("  File \"");
  writeErr(Entry->code->file);
  writeErr("\", line ");
  writeDecimal(Entry->line);
  writeErr(", in ");
  writeErr(Entry->code->name);
  writeErr("\n");
  char Line[256];
  size_t N = adder_hal_source_line(Entry->code->file, Entry->line, Line,
                                   sizeof(Line));
  size_t Start = 0;
  while (Start < N && (Line[Start] == ' ' || Line[Start] == '\t'))
    ++Start;
  if (Start < N) {
    writeErr("    ");
    writeErr(Line + Start, N - Start);
    writeErr("\n");
  }
}

/// CPython's limits (Python/traceback.c): at most TracebackLimit entries,
/// the most recent ones, and a run of identical entries (file, line and
/// function) shown RecursiveCutoff times, then summarized.
constexpr size_t TracebackLimit = 1000;
constexpr size_t RecursiveCutoff = 3;

bool sameText(const char *A, const char *B) {
  while (*A && *A == *B)
    ++A, ++B;
  return *A == *B;
}

void printRepeated(size_t Count) {
  if (Count <= RecursiveCutoff)
    return;
  Count -= RecursiveCutoff;
  writeErr("  [Previous line repeated ");
  writeDecimal(uint32_t(Count));
  writeErr(Count > 1 ? " more times]\n" : " more time]\n");
}

void printEntries(const TracebackEntry *Entry) {
  writeErr("Traceback (most recent call last):\n");
  size_t Total = 0;
  for (const TracebackEntry *E = Entry; E; E = E->next)
    ++Total;
  for (; Total > TracebackLimit; --Total)
    Entry = Entry->next;
  const TracebackEntry *Last = nullptr;
  size_t Count = 0;
  for (; Entry; Entry = Entry->next) {
    bool Same = Last && Last->line == Entry->line &&
                sameText(Last->code->file, Entry->code->file) &&
                sameText(Last->code->name, Entry->code->name);
    if (!Same) {
      printRepeated(Count);
      Count = 0;
    }
    Last = Entry;
    if (++Count <= RecursiveCutoff)
      printEntry(Entry);
  }
  printRepeated(Count);
}

/// The exception's class as CPython prints it: its qualified name, after
/// its module unless that is builtins or __main__.
void writeTypeName(const Type *T) {
  if (!(T->flags & TypeHeapType)) {
    writeErr(T->name);
    return;
  }
  Value M = getAttrCString(fromObject(&T->header), "__module__");
  if (M == Error)
    clearPendingException();
  else if (isStr(M) && !strEqualsCString(asStr(M), "builtins") &&
           !strEqualsCString(asStr(M), "__main__")) {
    writeErr(asStr(M)->data, asStr(M)->byteLength);
    writeErr(".");
  }
  Value Q = getAttrCString(fromObject(&T->header), "__qualname__");
  if (Q == Error || !isStr(Q)) {
    clearPendingException();
    writeErr(T->name);
    return;
  }
  writeErr(asStr(Q)->data, asStr(Q)->byteLength);
}

/// Writes S (a str, or the str() of anything else) and a newline.
void writeStrLine(Value V, const char *Failed) {
  Value S = isStr(V) ? V : str(V);
  if (S == Error) {
    clearPendingException();
    writeErr(Failed);
  } else {
    writeErr(asStr(S)->data, asStr(S)->byteLength);
  }
  writeErr("\n");
}

/// The notes add_note() attached, one per line after the message; a
/// __notes__ that is not a list or tuple prints as its repr.
void printNotes(Value Exc) {
  Value Notes = getAttrCString(Exc, "__notes__");
  if (Notes == Error) {
    clearPendingException();
    return;
  }
  if (!isList(Notes) && !isTuple(Notes)) {
    Value R = repr(Notes);
    if (R == Error) {
      clearPendingException();
      writeErr("<__notes__ repr() failed>\n");
      return;
    }
    writeStrLine(R, "");
    return;
  }
  for (SWord I = 0;; ++I) {
    SWord N = length(Notes);
    if (N < 0 || I >= N)
      break;
    Value Note = getItem(Notes, makeSmallInt(I));
    if (Note == Error)
      break;
    writeStrLine(Note, "<note str() failed>");
  }
  clearPendingException();
}

/// "Type: message" and the notes.
void printMessage(Object *Exc) {
  writeTypeName(Exc->type);
  Value Message = str(fromObject(Exc));
  if (Message == Error) {
    clearPendingException();
    writeErr(": <exception str() failed>\n");
    return;
  }
  Str *S = asStr(Message);
  if (S->byteLength) {
    writeErr(": ");
    writeErr(S->data, S->byteLength);
  }
  writeErr("\n");
  printNotes(fromObject(Exc));
}

/// Depth counts the chained exceptions printed before this one; from
/// MaxChain on, none are (a guard against cycles).
constexpr int MaxChain = 32;

void printOne(Object *Exc, int Depth) {
  auto *E = reinterpret_cast<BaseException *>(Exc);
  // Chained exceptions first.
  if (Depth < MaxChain && gcInHeap(Exc)) {
    if (E->cause != Error && !isNone(E->cause)) {
      printOne(asObject(E->cause), Depth + 1);
      writeErr("\nThe above exception was the direct cause of the following "
               "exception:\n\n");
    } else if (E->context != Error && !E->suppressContext) {
      printOne(asObject(E->context), Depth + 1);
      writeErr("\nDuring handling of the above exception, another exception "
               "occurred:\n\n");
    }
  }
  if (gcInHeap(Exc) && E->traceback)
    printEntries(E->traceback);
  printMessage(Exc);
}

} // namespace

Value formatException(Value Exc, bool Chain, bool OnlyLast) {
  if (!isObject(Exc) || !(typeOf(Exc)->flags & TypeExceptionSubclass))
    return raise(&adder_type_TypeError, "Exception expected for value, %s found",
                 typeName(Exc));
  StrBuilder B;
  StrBuilder *Outer = Capture; // str(exc) may format another traceback
  Capture = &B;
  Object *O = asObject(Exc);
  if (OnlyLast)
    printMessage(O);
  else
    printOne(O, Chain ? 0 : MaxChain);
  Capture = Outer;
  return B.finish();
}

void printPendingException() {
  Object *Exc = takePendingException();
  if (!Exc)
    return;
  outputFlush(1);
  printOne(Exc, 0);
  outputFlush(2);
}

} // namespace adder::rt
