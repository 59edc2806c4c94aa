//===- IRGenMatch.cpp - match statements ----------------------------------===//
//
// A match statement tests its cases in order against the subject, held in
// a temporary. Each pattern becomes a chain of tests that branch to the
// next case on failure and fall through on success:
//
//   case [x, 1] | (x, 2) if x > 0:   ->  seq = match_sequence(s, 2, exact)
//     body                               cond_br seq, ok, alt2 ... unpack
//                                        s into items; items[1] == 1 ...
//                                        capture.x = items[0]; br or.ok
//                                    or.ok: x = capture.x; guard; body
//
// As in CPython, captures are stored in temporaries while the pattern is
// tested and bound to their names only once the whole pattern matched
// (before the guard). The alternatives of an or-pattern bind the same
// names, so they share those temporaries. The tests that need the object
// model (is it a sequence? a mapping? an instance with these attributes?)
// are runtime calls (runtime/core/PatternMatching.cpp).
//
//===----------------------------------------------------------------------===//

#include "IRGenImpl.h"

using namespace adder;
using namespace adder::irgen;

namespace {

struct PatternEmitter {
  IRGen &G;
  /// Captured names and the temporaries holding them until the match ends.
  std::vector<std::pair<Identifier, std::string>> captures;

  explicit PatternEmitter(IRGen &G) : G(G) {}

  void capture(Identifier Name, const std::string &Value) {
    std::string *T = nullptr;
    for (auto &[N, Temp] : captures)
      if (sema::keyOf(N) == sema::keyOf(Name))
        T = &Temp;
    if (!T) {
      captures.push_back({Name, G.newTemp(Type::Object)});
      T = &captures.back().second;
    }
    std::string Temp = *T;
    G.storeLocal(Temp, G.loadLocal(Value));
  }

  /// Continues in a new block when Cond holds, else goes to Fail.
  void require(ir::Value *Cond, ir::Block *Fail) {
    ir::Block *Ok = G.newBlock("match.ok");
    G.condBr(Cond, Ok, Fail);
    G.setBlock(Ok);
  }

  /// The N values an rt.call left in the array Out, each in a temporary.
  std::vector<std::string> itemTemps(ir::Value *Out, size_t N) {
    std::vector<std::string> Temps;
    for (size_t I = 0; I < N; ++I) {
      std::string T = G.newTemp(Type::Object);
      G.storeLocal(T, G.emit(Opcode::ArrayGet, Type::Object, {Out},
                             std::to_string(I)));
      Temps.push_back(T);
    }
    return Temps;
  }

  std::string temp(ir::Value *V) {
    std::string T = G.newTemp(Type::Object);
    G.storeLocal(T, G.toObject(V));
    return T;
  }

  /// Tests P against the object in the local Subject.
  void pattern(Pattern *P, const std::string &Subject, ir::Block *Fail) {
    if (G.failed)
      return;
    switch (P->nodeKind) {
    case NodeKind::MatchValue: {
      ir::Value *V = G.toObject(G.expr(cast<MatchValue>(P)->value));
      const Ty *Obj = G.types.object();
      require(G.truthy(G.compareValues(CmpOpKind::Eq, G.loadLocal(Subject),
                                       V, Obj, Obj)),
              Fail);
      return;
    }
    case NodeKind::MatchSingleton: {
      ConstantValue::Kind K = cast<MatchSingleton>(P)->value.kind;
      ir::Value *V = K == ConstantValue::Kind::None
                         ? G.constNone()
                         : G.constBool(K == ConstantValue::Kind::True);
      require(G.emit(Opcode::IsSame, Type::Bool,
                     {G.loadLocal(Subject), G.toObject(V)}),
              Fail);
      return;
    }
    case NodeKind::MatchSequence:
      sequence(cast<MatchSequence>(P)->patterns, Subject, Fail);
      return;
    case NodeKind::MatchMapping:
      mapping(cast<MatchMapping>(P), Subject, Fail);
      return;
    case NodeKind::MatchClass:
      classPattern(cast<MatchClass>(P), Subject, Fail);
      return;
    case NodeKind::MatchAs: {
      auto *A = cast<MatchAs>(P);
      if (A->pattern)
        pattern(A->pattern, Subject, Fail);
      if (A->name.present())
        capture(A->name, Subject);
      return;
    }
    case NodeKind::MatchOr: {
      const NodeList<Pattern> &Alts = cast<MatchOr>(P)->patterns;
      ir::Block *Ok = G.newBlock("match.or");
      for (size_t I = 0; I < Alts.size; ++I) {
        bool Last = I + 1 == Alts.size;
        ir::Block *Next = Last ? Fail : G.newBlock("match.alt");
        pattern(Alts[I], Subject, Next);
        G.br(Ok);
        if (!Last)
          G.setBlock(Next);
      }
      G.setBlock(Ok);
      return;
    }
    case NodeKind::MatchStar:
      // Only inside a sequence pattern, which handles it.
    default:
      G.unsupported(P, "this pattern");
      return;
    }
  }

  void sequence(const NodeList<Pattern> &Items, const std::string &Subject,
                ir::Block *Fail) {
    size_t N = Items.size, Star = N;
    for (size_t I = 0; I < N; ++I)
      if (isa<MatchStar>(Items[I]))
        Star = I;
    bool Exact = Star == N;
    require(G.rtCall("adder_match_sequence", Type::Bool,
                     {G.loadLocal(Subject), G.constI32(int32_t(Exact ? N : N - 1)),
                      G.constI32(Exact)}),
            Fail);
    if (N == 0)
      return;
    ir::Value *Out =
        G.emit(Opcode::ArrayNew, Type::Ptr, {}, std::to_string(N));
    if (Exact)
      G.rtCall("adder_unpack", Type::I32,
               {G.loadLocal(Subject), G.constI32(int32_t(N)), Out});
    else
      G.rtCall("adder_unpack_star", Type::I32,
               {G.loadLocal(Subject), G.constI32(int32_t(Star)),
                G.constI32(int32_t(N - Star - 1)), Out});
    std::vector<std::string> Temps = itemTemps(Out, N);
    for (size_t I = 0; I < N; ++I) {
      if (auto *S = dyn_cast<MatchStar>(Items[I])) {
        if (S->name.present())
          capture(S->name, Temps[I]);
        continue;
      }
      pattern(Items[I], Temps[I], Fail);
    }
  }

  void mapping(MatchMapping *M, const std::string &Subject, ir::Block *Fail) {
    size_t N = M->keys.size;
    require(G.rtCall("adder_match_mapping", Type::Bool,
                     {G.loadLocal(Subject), G.constI32(int32_t(N))}),
            Fail);
    std::vector<std::string> Keys, Values;
    for (Expr *K : M->keys)
      Keys.push_back(temp(G.expr(K)));
    for (size_t I = 0; I < N && !G.failed; ++I) {
      ir::Value *V = G.rtCall("adder_match_mapping_get", Type::Object,
                              {G.loadLocal(Subject), G.loadLocal(Keys[I])});
      Values.push_back(temp(V));
      ir::Value *Absent =
          G.emit(Opcode::IsSame, Type::Bool,
                 {G.loadLocal(Values.back()),
                  G.constRuntime("adder_no_default")});
      require(G.emit(Opcode::BoolNot, Type::Bool, {Absent}), Fail);
    }
    if (M->rest.present()) {
      std::vector<ir::Value *> KeyValues;
      for (auto &K : Keys)
        KeyValues.push_back(G.loadLocal(K));
      ir::Value *Array = N ? G.makeArray(KeyValues)
                           : G.emit(Opcode::ArrayNew, Type::Ptr, {}, "1");
      std::string Rest = temp(G.rtCall("adder_match_mapping_rest",
                                       Type::Object,
                                       {G.loadLocal(Subject), Array,
                                        G.constI32(int32_t(N))}));
      capture(M->rest, Rest);
    }
    for (size_t I = 0; I < N; ++I)
      pattern(M->patterns[I], Values[I], Fail);
  }

  void classPattern(MatchClass *C, const std::string &Subject,
                    ir::Block *Fail) {
    std::string Cls = temp(G.expr(C->cls));
    size_t NPos = C->patterns.size, NKw = C->kwd_attrs.size;
    ir::Value *KwNames = G.constNone();
    if (NKw) {
      std::vector<ir::Value *> Names;
      for (Identifier A : C->kwd_attrs)
        Names.push_back(G.constStr(sema::keyOf(A)));
      KwNames = G.rtCall("adder_tuple_new", Type::Tuple,
                         {G.makeArray(Names), G.constI32(int32_t(NKw))});
    }
    ir::Value *Out = G.emit(Opcode::ArrayNew, Type::Ptr, {},
                            std::to_string(NPos + NKw ? NPos + NKw : 1));
    require(G.rtCall("adder_match_class", Type::Bool,
                     {G.loadLocal(Subject), G.loadLocal(Cls),
                      G.constI32(int32_t(NPos)), KwNames, Out}),
            Fail);
    std::vector<std::string> Temps = itemTemps(Out, NPos + NKw);
    for (size_t I = 0; I < NPos; ++I)
      pattern(C->patterns[I], Temps[I], Fail);
    for (size_t I = 0; I < NKw; ++I)
      pattern(C->kwd_patterns[I], Temps[NPos + I], Fail);
  }
};

} // namespace

void IRGen::matchStmt(Match *M) {
  std::string Subject = newTemp(Type::Object);
  storeLocal(Subject, toObject(expr(M->subject)));
  ir::Block *End = newBlock("match.end");
  for (MatchCase *C : M->cases) {
    if (failed)
      return;
    ir::Block *Next = newBlock("match.next");
    PatternEmitter P(*this);
    line = C->pattern->line;
    P.pattern(C->pattern, Subject, Next);
    if (failed)
      return;
    for (auto &[Name, Temp] : P.captures)
      storeName(Name, loadLocal(Temp), C->pattern);
    if (C->guard) {
      ir::Block *Body = newBlock("match.body");
      condBr(condition(C->guard), Body, Next);
      setBlock(Body);
    }
    body(C->body);
    br(End);
    setBlock(Next);
  }
  br(End);
  setBlock(End);
}
