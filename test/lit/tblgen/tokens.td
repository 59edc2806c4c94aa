// RUN: %adder-tblgen -gen-tokens -I %src_root %s | FileCheck %s
class Token<string spelling> { string Spelling = spelling; }
class Special<string d> : Token<d>;
class Keyword<string s> : Token<s>;
class Punct<string s> : Token<s>;
def EndMarker : Special<"end">;
def kw_if : Keyword<"if">;
def Dot : Punct<".">;
def Ellipsis : Punct<"...">;

// Kinds in definition order.
// CHECK-LABEL: #ifdef GET_TOKEN_KINDS
// CHECK: EndMarker,
// CHECK-NEXT: kw_if,
// CHECK-NEXT: Dot,
// CHECK-NEXT: Ellipsis,
// CHECK-LABEL: #ifdef GET_KEYWORD_LOOKUP
// CHECK: case 2:
// CHECK-NEXT: if (S[0] == 'i' && S[1] == 'f') { Kind = TokenKind::kw_if; return true; }
// ".." falls back to "." although it is a prefix of "...".
// CHECK-LABEL: #ifdef GET_PUNCT_MATCHER
// CHECK: case '.':
// CHECK: case '.':
// CHECK: case '.':
// CHECK: Kind = TokenKind::Ellipsis; return 3;
// CHECK: Kind = TokenKind::Dot; return 1;
