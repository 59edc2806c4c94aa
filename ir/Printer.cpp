//===- Printer.cpp - the IR's textual form --------------------------------===//
//
// The format, read back by Reader.cpp:
//
//   module "__main__" file "app.py" init @__main__.<module>
//     slots ["x", "f"]
//
//   func @f(%n: int) -> int
//     signature "f" qualname "f" posonly 0 positional 1 kwonly 0 names ["n"]
//     code "f"
//     in "__main__"
//     local $i: int
//   {
//   ^entry:
//     %0 = const.int 2 : int
//     %1 = int.cmp lt %n, %0 : bool !3
//     cond_br %1 -> ^then, ^else
//   ^then [handler ^h]:
//     ...
//   }
//
// `!N` is the source line; `[handler ^h]` the block's exception handler.
//
//===----------------------------------------------------------------------===//

#include "adder/ir/IR.h"

#include "llvm/Support/Format.h"
#include "llvm/Support/raw_ostream.h"

using namespace adder::ir;
using llvm::raw_ostream;

namespace {

void printQuoted(raw_ostream &OS, llvm::StringRef S) {
  OS << '"';
  for (unsigned char C : S) {
    if (C == '"' || C == '\\')
      OS << '\\' << C;
    else if (C == '\n')
      OS << "\\n";
    else if (C < 0x20 || C == 0x7F)
      OS << llvm::format("\\x%02x", C);
    else
      OS << C;
  }
  OS << '"';
}

void printValue(raw_ostream &OS, const Value *V) {
  if (V->kind == Value::Kind::Param)
    OS << '%' << static_cast<const Param *>(V)->name;
  else
    OS << '%' << V->id;
}

void printAttr(raw_ostream &OS, const Instr &I) {
  switch (I.info().attr) {
  case AttrKind::None:
    return;
  case AttrKind::Int:
  case AttrKind::Op:
    OS << ' ' << I.attr;
    return;
  case AttrKind::Float: {
    // %a round-trips exactly; the decimal form is shown for readers.
    char Buf[64];
    snprintf(Buf, sizeof(Buf), "%.17g", I.floatAttr);
    OS << ' ' << Buf;
    return;
  }
  case AttrKind::Str:
    OS << ' ';
    printQuoted(OS, I.attr);
    return;
  case AttrKind::Bytes:
    OS << " b";
    printQuoted(OS, I.attr);
    return;
  case AttrKind::Callee:
    OS << " @" << I.attr;
    return;
  case AttrKind::Slot:
    OS << " $" << I.attr;
    return;
  }
}

void printInstr(raw_ostream &OS, const Instr &I) {
  OS << "  ";
  if (I.hasResult())
    OS << '%' << I.id << " = ";
  OS << I.info().mnemonic;
  printAttr(OS, I);
  for (size_t K = 0; K < I.operands.size(); ++K) {
    OS << (K ? ", " : " ");
    printValue(OS, I.operands[K]);
  }
  for (size_t K = 0; K < I.successors.size(); ++K)
    OS << (K ? ", ^" : " -> ^") << I.successors[K]->name;
  if (I.hasResult())
    OS << " : " << typeName(I.type);
  if (I.line)
    OS << " !" << I.line;
  OS << '\n';
}

void printFunction(raw_ostream &OS, Function &F) {
  F.renumber();
  OS << "func @" << F.name << '(';
  for (size_t I = 0; I < F.params.size(); ++I)
    OS << (I ? ", " : "") << '%' << F.params[I]->name << ": "
       << typeName(F.params[I]->type);
  OS << ") -> " << typeName(F.returnType) << '\n';
  if (F.signature) {
    const PySignature &S = *F.signature;
    OS << "  signature ";
    printQuoted(OS, S.name);
    OS << " qualname ";
    printQuoted(OS, S.qualname);
    OS << " posonly " << S.posOnly << " positional " << S.positional
       << " kwonly " << S.kwOnly;
    if (S.varArgs)
      OS << " varargs";
    if (S.varKeywords)
      OS << " varkeywords";
    OS << " names [";
    for (size_t I = 0; I < S.names.size(); ++I) {
      OS << (I ? ", " : "");
      printQuoted(OS, S.names[I]);
    }
    OS << "]";
    if (!S.freeVars.empty()) {
      OS << " freevars [";
      for (size_t I = 0; I < S.freeVars.size(); ++I) {
        OS << (I ? ", " : "");
        printQuoted(OS, S.freeVars[I]);
      }
      OS << "]";
    }
    if (S.doc) {
      OS << " doc ";
      printQuoted(OS, *S.doc);
    }
    OS << "\n";
  }
  if (F.takesSelf)
    OS << "  takes_self\n";
  if (F.generatorResume)
    OS << "  generator\n";
  if (F.cold)
    OS << "  cold\n";
  if (F.pyModule) {
    OS << "  in ";
    printQuoted(OS, F.pyModule->name);
    OS << '\n';
  }
  OS << "  code ";
  printQuoted(OS, F.codeName);
  OS << '\n';
  for (const Local &L : F.locals)
    OS << "  local $" << L.name << ": " << typeName(L.type) << '\n';
  OS << "{\n";
  for (auto &B : F.blocks) {
    OS << '^' << B->name;
    if (B->handler)
      OS << " [handler ^" << B->handler->name << ']';
    OS << ":\n";
    for (auto &I : B->instrs)
      printInstr(OS, *I);
  }
  OS << "}\n";
}

} // namespace

std::string adder::ir::print(const Module &M) {
  std::string Out;
  llvm::raw_string_ostream OS(Out);
  for (auto &P : M.pyModules) {
    OS << "module ";
    printQuoted(OS, P->name);
    OS << " file ";
    printQuoted(OS, P->file);
    if (P->init)
      OS << " init @" << P->init->name;
    OS << "\n  slots [";
    for (size_t I = 0; I < P->slots.size(); ++I) {
      OS << (I ? ", " : "");
      printQuoted(OS, P->slots[I]);
    }
    OS << "]\n";
  }
  for (auto &F : M.functions) {
    OS << '\n';
    printFunction(OS, *F);
  }
  return Out;
}
