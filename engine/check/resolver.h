// The resolver: names, types and methods, with inference.
//
// It walks each function once, in source order, giving every expression a
// type. Unknown types (an unsuffixed literal, `Vec::new()`) start as
// inference variables and are bound by unification as later code constrains
// them — `let mut v = Vec::new(); v.push(1u8);` makes `v` a `Vec<u8>`. When a
// function is done, variables still unbound take Rust's defaults (`i32`,
// `f64`) and every type in its tree is replaced by its resolved form, so the
// interpreter only ever sees concrete types.
//
// It is split by what it reads: items and types (resolve_items.cpp), paths
// and privacy (resolve_paths.cpp), constants and statics
// (resolve_consts.cpp), expressions (resolve_expr.cpp), calls, methods and
// macros (resolve_calls.cpp), and the comparison traits (resolve_compare.cpp).
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "check/checker.h"
#include "check/scopes.h"

namespace sh {

// Rust's default binding mode (RFC 2005): how a plain `x` in a pattern binds.
// Matching a non-reference pattern against `&T` or `&mut T` looks through
// the reference and makes the mode `ref` or `ref mut`; once behind a shared
// reference it stays `ref`.
enum class BindingMode : uint8_t { Move, Ref, RefMut };

// Where a pattern is written: rustc names it when a binding would shadow
// an item (E0530 "let bindings cannot shadow statics").
enum class PatternSource : uint8_t { Match, Let, For, FnParam };

// The comparison traits: `==` `!=` need PartialEq, `<` `>` `<=` `>=`
// PartialOrd, and sorting or taking a maximum needs the total order Ord.
enum class Comparison : uint8_t { Equality, Ordering, TotalEquality, TotalOrder };

// The traits a `#[derive(...)]` list names, for a struct or an enum alike.
void readDerives(const std::vector<std::string>& derives, DerivedTraits* into);

// A function pointer anywhere in t: its address, which rustc compares and
// `{:?}` prints, is not one the engine can make as rustc's.
bool containsFnPointer(const TypeTable& T, TypeId t);

// An operand's type as core's operator impls see it: `T` or `&T`, no deeper (check/resolve_expr.cpp).
TypeId withoutOneRef(const TypeTable& T, TypeId t);

// The value of an integer literal's digits (`0x1f`, `1_000`), or false when
// it is too large for 128 bits (check/resolve_expr.cpp).
bool parseIntLiteral(const std::string& text, unsigned __int128* out);

class Resolver {
 public:
  Resolver(Checked& out, const SourceFile& file) : out_(out), T_(out.types), file_(file) {}
  void resolveProgram();

 private:
  // generics (resolve_generics.cpp)
  struct GenericScope {
    size_t namesMark = 0;
  };
  std::vector<TypeId> declareGenerics(const Generics& g, bool lifetimesOnly = false);
  void lowerBounds(const Generics& g, const std::vector<TypeId>& params);
  void addBound(TypeId param, TraitRef bound);
  int32_t lookupGeneric(const std::string& name) const;
  TypeId applySubstitution(TypeId t) { return T_.subst(t, substParams_, substArgs_); }
  std::vector<TypeId> freshVars(size_t n);
  int32_t instantiate(int32_t fn, const std::vector<TypeId>& args, Span at);
  void checkInstances();
  void checkInstance(int32_t index);
  void resolvePendingCalls();
  std::string instanceName(const FnInfo& templ, const std::vector<TypeId>& args);

  // traits (resolve_traits.cpp)
  void declarePrelude();
  void declareTraits();
  void declareTrait(const TraitDecl& d, bool isStd);
  void lowerTraitItems(int32_t trait);
  TraitRef lowerTraitBound(const TraitBound& b, TypeId self);
  int32_t resolveTraitPath(const Path& p, bool mustExist);
  void declareImpls();
  void declareImpl(const ImplBlock& impl, ImplBlock* learners);
  void checkImplAgainstTrait(int32_t impl);
  void requireDroppableSelf(const ImplInfo& impl);
  bool derivesOrImplementsNatively(TypeId t, StdTrait trait, const TraitRef& r);
  void instantiateDestructors();
  void requireTraitSignatures(const ImplInfo& impl);
  int32_t userImplFn(TypeId t, int32_t trait);
  int32_t userImplFn(TypeId t, int32_t trait, const std::string& name);
  void recordOwnOrdering(TypeId t);
  bool implements(TypeId t, const TraitRef& r, int depth = 0);
  bool stdImplements(TypeId t, StdTrait trait, const TraitRef& r);
  bool boundsPromise(TypeId param, const TraitRef& r);
  int32_t findImplFor(TypeId t, const TraitRef& r, std::vector<TypeId>* implArgs);
  bool severalImplsFit(TypeId t, const TraitRef& r);
  bool matchType(TypeId pattern, TypeId actual, const std::vector<TypeId>& params, std::vector<TypeId>& args);
  TypeId normalize(TypeId t);
  TypeId assocTypeOf(TypeId self, int32_t trait, int32_t assoc, const std::vector<TypeId>& traitArgs);
  int32_t stdTrait(StdTrait t) const { return stdTraitIndex_[static_cast<size_t>(t)]; }
  TypeId stdAssocType(TypeId self, StdTrait trait, const std::vector<TypeId>& traitArgs);
  bool stdImplementsOrDerives(TypeId t, StdTrait trait);
  std::string traitRefName(const TraitRef& r);
  void requireTrait(TypeId t, const TraitRef& r, Span at);
  void recordIteratorNexts();
  void settleTraitArgsByOnlyImpl();
  void checkObligations();
  [[noreturn]] void failNotImplemented(TypeId t, const TraitRef& r, Span at);
  struct MethodPick {
    int32_t fn = -1;               // the FnInfo called (a template or a concrete fn)
    std::vector<TypeId> args;      // for a template: a type per typeParam
    int derefs = 0;
    int32_t alsoIn = -1;           // another trait whose impl for the type has a method of this name (E0034)
  };
  // methods (resolve_methods.cpp)
  size_t outerParamCount(const FnInfo& f) const;
  std::vector<TraitRef> allBoundsOf(TypeId param);
  MethodPick pickTraitDecl(TypeId self, const TraitRef& r, int32_t method);
  bool pickAmongTraitImpls(int32_t impl, TypeId t, const std::string& name, bool methodsOnly, MethodPick* out);
  int32_t otherTraitWithMethod(size_t after, TypeId t, const std::string& name, bool methodsOnly);
  void requireOneApplicable(const MethodPick& pick, const std::string& name, Span at);
  bool derivedFormattingTwin(const MethodPick& pick);
  bool formattingTraitApplies(TypeId self, StdTrait trait);
  bool traitInScope(int32_t trait);
  bool traitInScopeAsWritten(int32_t trait);
  bool boundOfInstanceParam(TypeId t, int32_t trait);
  int32_t traitOutOfScopeWith(TypeId t, const std::string& name, bool methodsOnly);
  void requireTraitInScope(TypeId t, const std::string& name, bool methodsOnly, Span at);
  bool pickFromImpl(int32_t impl, TypeId t, std::vector<TypeId> implArgs, const std::string& name, bool methodsOnly,
                    MethodPick* out);
  bool lookupOnType(TypeId t, const std::string& name, bool methodsOnly, MethodPick* out);
  bool pickStdProvidedMethod(TypeId t, const std::string& name, MethodPick* out);
  bool lookupUserMethod(TypeId receiver, const std::string& name, MethodPick* out);
  bool lookupAssocFn(TypeId self, const std::string& name, MethodPick* out);
  void signatureOf(const MethodPick& pick, std::vector<TypeId>* params, TypeId* ret);
  void devirtualize(int32_t* fn, std::vector<TypeId>* args);
  bool callsStdFormatting(Expr& call, StdTrait trait);
  // items (resolve_items.cpp)
  void declareTypes();
  void declareStructs(const Program& program, bool isStd);
  bool containsByValue(TypeId t, int32_t target, int depth);
  void declareFunctions();
  int32_t declareFunction(const FnDecl& decl, Block* body, const std::string& implKey, const std::string& implName,
                          std::vector<TypeId> outerParams = {}, TypeId self = kNoType,
                          const std::vector<std::string>& outerLifetimes = {}, const std::vector<std::string>& selfLifetimes = {});
  Span signatureSpan(const FnDecl& decl) const;
  // lifetimes (lifetimes.cpp)
  struct LifetimeScope {
    explicit LifetimeScope(const std::vector<std::string>* names) : declared(names) {}
    const std::vector<std::string>* declared;  // the lifetime names in scope
    bool elisionAllowed = false;                // in a function's signature, not in a struct's fields
    bool inParameter = false;                   // in a function's parameter, where `impl Trait` is a type parameter
    std::vector<std::string> selfLifetimes;     // what `Self` carries, in an impl
    std::vector<std::string> positions;         // out: each lifetime position, elided ones named `'1`, `'2`, ...
    std::vector<bool> elided;                   // out: per position, whether it was left out
    std::vector<std::pair<std::string, std::string>> implied;  // out: the bounds the types' own declarations imply, by position
    int fresh = 0;
    // Inside a generic type alias's definition: what its lifetime
    // parameters stand for at the use (a position, and whether it was
    // left out), and its type parameters' arguments, written in `argScope`.
    // The use's lifetimes are counted once for elision however often the
    // definition repeats them: `repeats` counts the repetitions pushed.
    struct AliasArgs {
      std::vector<std::tuple<std::string, std::string, bool>> lifetimes;
      std::vector<std::pair<std::string, const TypeExpr*>> types;
      int32_t argScope = 0;
      AliasArgs* outer = nullptr;  // the alias the use is written in, if any
      std::vector<bool> lifetimeSeen;
      std::vector<std::optional<std::pair<size_t, size_t>>> typeSeen;  // a type argument's first positions [from, to)
    };
    AliasArgs* alias = nullptr;
    size_t repeats = 0;
  };
  std::vector<std::string> lifetimeParams(const Generics& g) const;
  std::vector<std::string> lifetimeParamsOf(const PathResolution& r) const;
  void collectLifetimes(const TypeExpr& t, LifetimeScope& scope);
  void collectCapturedLifetimes(const TypeExpr& t, LifetimeScope& scope);
  void pushLifetimePosition(const std::string& name, Span at, LifetimeScope& scope);
  std::pair<std::string, bool> lifetimePosition(const std::string& name, Span at, LifetimeScope& scope);
  void checkFieldLifetimes();
  std::vector<std::pair<std::string, std::string>> declaredOutlives(const Generics& g, const std::vector<std::string>& declared);
  std::vector<std::pair<size_t, size_t>> lifetimeBoundsByIndex(const PathResolution& r) const;
  void lifetimeBounds(const Generics& g, const std::vector<std::string>& declared, FnLifetimes& lt);
  void implLifetimes(const ImplBlock& impl, std::vector<std::string>* declared, std::vector<std::string>* selfLifetimes,
                     std::vector<std::pair<std::string, std::string>>* outlives);
  FnLifetimes describeLifetimes(const FnDecl& decl, const std::vector<std::string>& implDeclared,
                                const std::vector<std::string>& selfLifetimes);
  [[noreturn]] void missingOutputLifetime(const TypeExpr& ret, size_t inputs);
  TypeId lowerType(const TypeExpr& t);
  TypeId lowerTypeIn(const TypeExpr& t, const char* place);
  [[noreturn]] void failNoTail(const FnDecl& decl);
  void requireLookupKey(const Expr& argument, TypeId key, TypeId arg);
  TypeId lowerPathType(const TypeExpr& t);
  TypeId lowerParamType(const TypeExpr& t);
  TypeId lowerTypeAlias(int32_t alias, const std::vector<TypeId>& args);
  static std::vector<std::string> aliasTypeParams(const TypeAliasDecl& d);
  void requireAliasParamsUsed(const TypeAliasDecl& d);
  void collectAliasLifetimes(int32_t alias, const TypeExpr& use, LifetimeScope& scope);
  // The type arguments of a type with `count` parameters and `defaulted` more
  // with defaults (std's allocator and hasher), E0107 for too few or too many.
  std::vector<TypeId> typeArguments(const PathSegment& seg, size_t count, const char* kind, const std::string& name,
                                    size_t defaulted = 0);
  int32_t stdEnumNamed(const Path& p) const;
  TypeId assocTypeNamed(TypeId base, const std::string& name, Span at);
  std::vector<TypeId> declareTypeParams(const Generics& g);
  void checkFunction(int32_t index);
  void finishFunction();
  void requireInferredLocals();
  size_t annotationCost(TypeId t) const;
  bool holdsOpenVar(TypeId t, TypeId target) const;
  [[noreturn]] void failOpenParse(const Expr& call, TypeId target);
  void checkLiteralRange(const Expr& e);

  // paths and privacy (resolve_paths.cpp)
  void canonicalize(Path& p, Namespace ns);
  bool isUserType(const std::string& displayName) const;
  std::string ownerName(const std::string& segment) const;
  void requireVisibleField(const StructInfo& s, size_t field, Span at, bool literal);
  void requireVisibleFn(const FnInfo& fn, Span at);
  void requirePublicConstructor(int32_t structIndex, Span at);
  void failOuterLocal(const Expr& e, const std::string& name);  // returns when the name is no outer local
  void collectOuterLocals();
  void requireNotTypeNamespace(const Path& p, const char* expected);

  // constants and statics (resolve_consts.cpp)
  void declareConsts();
  void declareAssociatedConsts(const ImplBlock& d, TypeId self);
  void addTraitConstDefaults();
  void declareTraitConsts();
  void checkImplConsts(const ImplInfo& impl);
  int32_t boundConst(TypeId param, const std::string& name, TypeId* type);
  int32_t findAssociatedConst(TypeId self, const std::string& name) const;
  int32_t traitOfImplConst(int32_t index) const;
  int32_t pickAssociatedConst(TypeId self, const std::string& name, Span at);
  TypeId checkQualifiedConst(Expr& e);
  TypeId checkAssociatedConstPath(Expr& e, int32_t index);
  void checkConsts();
  void checkConst(int32_t index);
  TypeId checkConstPath(Expr& e, int32_t index);
  void checkConstPattern(Pattern& p, TypeId type, int32_t index);
  bool isStructuralType(TypeId type, Span at);
  PatternPtr patternOfConstValue(const Expr& value, const std::string& constName, Span at);
  ExprPtr constLiteral(int32_t index, Span at);
  ExprPtr integerLiteral(__int128 v, IntKind kind, Span at);
  ExprPtr integerConstantLiteral(Expr& path);
  ExprPtr rangeBoundLiteral(Expr& bound);
  void requireNoCycle(int32_t index, std::vector<int32_t>& path);
  void requireConstExpression(const Expr& e, const ConstInfo& c);
  void evaluateConstInteger(ConstInfo& c);
  bool constantArrayLength(const Expr& len, uint64_t* out);
  bool writtenArrayLength(const Expr& len, uint64_t* out, int depth = 0);
  bool constIntegerValue(const Expr& e, const std::string& constName, __int128* out);

  // enums (resolve_enums.cpp)
  struct VariantRef {
    int32_t enumIndex = -1;
    int32_t variant = -1;
    bool found() const { return variant >= 0; }
  };
  void declareEnums(const Program& program, bool isStd);
  void lowerEnumFields();
  TypeId selfType();
  int32_t enumOfPrefix(const Path& p);
  TypeId enumTypeFor(const Path& p, VariantRef v);
  VariantRef findVariant(const Path& p);
  const VariantInfo& variantInfo(VariantRef v) const { return T_.enums()[v.enumIndex].variants[v.variant]; }
  std::string variantPath(VariantRef v) const;
  TypeId checkVariantValue(Expr& e, VariantRef v, TypeId expected);
  TypeId checkVariantCall(Expr& e, VariantRef v);
  TypeId checkVariantStructLit(Expr& e, VariantRef v);
  void checkVariantPattern(Pattern& p, TypeId type, BindingMode mode);
  void checkSlicePattern(Pattern& p, TypeId type, BindingMode mode);

  // exhaustiveness (exhaustive.cpp)
  void requireExhaustive(const Expr& match, TypeId scrutinee);
  void requireIrrefutable(const Pattern& p, TypeId type, const char* what, Span at);
  void requireOrderedRange(const Pattern& p);

  // statements and patterns (resolve_items.cpp)
  TypeId checkBlock(Block& b, TypeId expected);
  void checkStmt(Stmt& s);
  void findExtendedTemporaries(Stmt& let);  // extend_temporaries.cpp
  void checkPattern(Pattern& p, TypeId type, BindingMode mode = BindingMode::Move);
  void checkPatternOf(PatternSource source, Pattern& p, TypeId type);
  void declareLocal(Pattern& p, TypeId type);
  void checkOrPattern(Pattern& p, TypeId type, BindingMode mode);
  bool namesPatternItem(const std::string& name, Span span);
  bool namesConstant(const Path& path);
  void pushScope() { scopes_.emplace_back(); }
  void popScope() { scopes_.pop_back(); }
  // A local by name; inside a closure, one of an enclosing function becomes
  // a capture (resolve_closures.cpp) first used at `use`.
  int32_t lookupLocal(const std::string& name, Span use = {});
  // `impl Trait` (resolve_opaque.cpp)
  void declareImplTraitParams(const TypeExpr& t, std::vector<TypeId>* params);
  TypeId declareOpaqueReturn(const TypeExpr& t, const FnInfo& fn);
  bool isOpaque(TypeId t) const;
  TypeId beginOpaqueBody(TypeId opaque, const FnDecl& decl);
  void revealOpaque(TypeId opaque, TypeId concrete);
  TypeId reveal(TypeId t, Span at);
  TypeId revealKeepingMoves(Expr& e);
  void rejectEscapingBorrows(TypeId concrete, Block& body);
  // trait objects (resolve_dyn.cpp)
  bool dynIncompatibility(int32_t trait, Span* at, std::string* why, bool* atPath, int depth);
  void requireDynCompatible(int32_t trait, Span type, Span path);
  TypeId lowerDynTrait(const TypeExpr& t);
  TraitRef traitOfDyn(TypeId dyn) const;
  std::vector<TraitRef> traitsOfDyn(TypeId dyn);
  bool dynImplements(TypeId dyn, const TraitRef& r);
  bool coerceToDyn(Expr& e, TypeId actual, TypeId expected);
  void recordVtables();
  bool holdsBorrows(TypeId concrete);
  bool boxesBorrowedData(TypeId concrete, const Expr& at);
  void keepBorrowingObjectsLocal();
  void requireThreadSafeParts(TypeId concrete, TypeId dyn, const Expr& at);
  uint8_t autoTraitNamed(const Path& p) const;
  int32_t makeVtable(TypeId concrete, TypeId dyn, Span at);
  void callThroughVtable(Expr& call, int32_t declFn);
  bool dynCallSignature(TypeId dyn, std::vector<TypeId>* params, TypeId* ret, uint8_t* mode);
  void requireClosureFits(TypeId concrete, TypeId dyn, const Expr& at);
  // closures (resolve_closures.cpp)
  struct ClosureLevel {
    int32_t closure;      // Checked::closures
    int32_t fn;           // its body's FnInfo
    size_t scopeBase;     // scopes_ from here on are the body's
    int32_t enclosingFn;  // the function the closure is written in (for the outermost level)
  };
  int32_t captureIfOuter(const std::string& name, int32_t local, size_t scopeIndex, Span use);
  int32_t captureInto(size_t level, const std::string& name, int32_t outer, Span use);
  bool closureHint(TypeId expected, std::vector<TypeId>* params, TypeId* ret);
  // A closure standing for a std function named as a value (resolve_fn_values.cpp):
  // the function's parameters and result, and its names.
  struct FnValueShape {
    std::vector<TypeId> params;
    TypeId ret = kNoType;
    std::string typeName;  // rustc's fn item type, `fn(&String) -> usize {String::len}`
    std::string fnName;    // its frame's, `String::len`
    bool calledByPath = false;  // `Option::unwrap(x)`: a panic in its method is reported at the call
    Span boundAt;               // where the call it makes reports an unmet bound (`.map(Shape::area)`: the `map` call), if not its own
  };
  TypeId checkClosure(Expr& e, TypeId expected, const FnValueShape* shape = nullptr);
  // std's functions named as values (resolve_fn_values.cpp)
  bool checkStdFnValue(Expr& e, TypeId expected, TypeId* type, bool calledByPath = false);
  TypeId checkGenericFnValue(Expr& e, int32_t fn, TypeId expected);
  bool checkTraitFnValue(Expr& e, TypeId expected, TypeId* type);
  void bindPendingFnValues();
  TypeId checkConstructorValue(Expr& e, TypeId type, const std::vector<std::pair<std::string, TypeId>>& fields, TypeId expected);
  bool checkStdImplValue(Expr& e, TypeId self, TypeId expected, TypeId* type);
  void requireValueSignatureFits(const Expr& e, bool pickedByTrait, const FnValueShape& shape, TypeId expected);
  TypeId checkAsClosure(Expr& e, FnValueShape& shape, bool callsMethod, TypeId expected);
  void turnIntoClosure(Expr& e, bool callsMethod, size_t arity, Span methodName);
  TypeId checkFnItem(Expr& e, int32_t fn, TypeId expected);
  void requireSignatureFits(const Expr& e, TypeId item, TypeId expected);
  TypeId meetAsFnPointers(const std::vector<Expr*>& before, TypeId a, Expr& next, TypeId b);
  bool coerceToFnPointer(Expr& e, TypeId actual, TypeId expected);
  bool coercesEachBranch(TypeId expected) const;
  FnInfo closureBody(const Expr& e, int32_t closure, const FnValueShape* shape);
  void checkClosureBody(int32_t index);
  struct CaptureMutation {  // where a closure's body mutates a capture
    Span at;
    bool assigns = false;  // an assignment (else a `&mut` borrow)
    std::string what;      // the place, as written
  };
  void decideCaptures(int32_t index, bool isMove, StdTrait wanted);
  void holdToExpectedKind(ClosureInfo& c, StdTrait wanted, const std::vector<CaptureMutation>& mutations);
  StdTrait expectedClosureKind(TypeId expected);
  void requireClosureKind(TypeId t, StdTrait wanted);
  [[noreturn]] void failClosureOfOtherKind(const ClosureInfo& c, const std::string& wanted);
  void buildEnvironment(Expr& e, int32_t index);
  bool closureImplements(TypeId t, StdTrait trait, const TraitRef& r);
  bool callableSignature(TypeId callee, std::vector<TypeId>* params, TypeId* ret, uint8_t* mode);
  ClosureKind callKindOf(TypeId t);
  void requireCallableThroughReference(Expr& e);
  TypeId checkValueCall(Expr& e, const std::vector<TypeId>& params, TypeId ret, uint8_t mode);
  void checkCallableArgument(Expr& arg, TypeId slot, const CallableParam& c, Span method);

  // expressions (resolve_expr.cpp)
  TypeId checkExpr(Expr& e, TypeId expected = kNoType);
  TypeId checkExprInner(Expr& e, TypeId expected);
  TypeId checkLiteral(Expr& e, TypeId expected);
  TypeId checkPath(Expr& e, TypeId expected);
  TypeId checkUnary(Expr& e, TypeId expected);
  TypeId checkBinary(Expr& e, TypeId expected);
  TypeId checkOperator(Expr& e, TypeId lhs);
  struct LaterOperands {  // an operator between a closure's unknown parameter and a number (laterOperands)
    const Expr* op;
    TypeId lhs, rhs;
    TypeId output;  // the arithmetic's result (rustc's `<L as Add<R>>::Output`), kNoType for a comparison or `+=`
  };
  TypeId laterOperands(const Expr& e, TypeId l, TypeId r);
  bool isLaterOutput(TypeId t) const;
  bool isParseTarget(TypeId t) const;
  void settleOutput(const LaterOperands& o);
  bool settleKnownOperands();
  bool settleOperands(const LaterOperands& o, bool knownOnly);
  void learnClosureParamsFromBounds();
  struct OpenInto {  // `let n = x.into();`: its target left to the code after it (openInto)
    Expr* call;
    TypeId target;
    Span blame;  // the let's pattern
  };
  TypeId openInto(Expr& e);
  void requireNoOpenInto(TypeId t);
  void settleOpenIntos();
  bool convertsNumberInto(Expr& call, TypeId target);
  TypeId pickedOnceSettled(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  void settleLaterOperands();
  [[noreturn]] void failUnknownType(TypeId unknown, Span value, DiagCode code = DiagCode::E0282);
  bool hasOperatorTrait(BinaryOp op, TypeId l) const;
  bool lacksAssignOperator(BinaryOp op, TypeId lhs) const;
  bool takesOperandKind(BinaryOp op, TypeId l, TypeId r) const;
  [[noreturn]] void failMissingOperator(const Expr& e, TypeId lhs, TypeId rhs);
  Diagnostic unimplementedOperator(const Expr& e, TypeId lhs, TypeId rhs);
  TypeId checkAssign(Expr& e);
  // operators of the learner's types and of parameters (resolve_operators.cpp)
  bool overloadsOperators(TypeId t) const;
  void requireMutableOperand(const Expr& e);
  bool pickOperator(TypeId self, StdTrait which, TypeId rhs, MethodPick* out, TypeId* rhsType);
  TypeId checkOverloadedDeref(Expr& e, TypeId inner);
  bool supertraitHasAssoc(const TraitInfo& t, const std::string& name) const;
  bool isOverloadedDeref(const Expr& deref) const;
  bool isOverloadedIndex(const Expr& deref) const;
  TypeId checkOverloadedIndex(Expr& e, TypeId indexed, int derefs);
  ExprPtr operatorCall(ExprPtr receiver, Span nameSpan, const char* name, std::vector<ExprPtr> args, const MethodPick& pick);
  void restoreIndex(Expr& deref);
  void wrapInDeref(ExprPtr& operand, bool overloaded);
  void wrapInPlace(Expr& e, ExprKind kind, TypeId type, bool isMut);
  void useDerefMut(Expr& deref, Span at, const char* action);
  int operatorImplCount(TypeId self, StdTrait which);
  TypeId checkOverloadedOperator(Expr& e, TypeId lhs);
  TypeId checkOverloadedUnary(Expr& e, TypeId operand);
  TypeId recordOperatorCall(Expr& e, const MethodPick& pick);
  bool recordComparisonCall(Expr& e, TypeId lhs, TypeId rhs);
  bool comparable(TypeId a, TypeId b);
  TypeId checkIf(Expr& e, TypeId expected);
  TypeId checkLoop(Expr& e, TypeId expected);
  TypeId checkLabeledBlock(Expr& e, TypeId expected);
  TypeId checkFor(Expr& e);
  TypeId checkMatch(Expr& e, TypeId expected);
  TypeId checkMatchArms(Expr& e, TypeId scrutinee, TypeId expected);
  TypeId coerceBranchToReference(Expr& value, TypeId actual, TypeId expected);
  TypeId mergeBranchReferences(const std::vector<Expr*>& before, TypeId merged, Expr& next, TypeId nextType);
  bool refCoerces(TypeId actual, TypeId expected) const;
  TypeId branchExpectation(TypeId expected) const;
  TypeId coerceFirstBranch(const Expr& branching, Expr& value, TypeId actual, TypeId expected);
  TypeId checkOperand(Expr& operand, TypeId hint);
  // the `?` operator (resolve_try.cpp)
  TypeId checkTry(Expr& e, TypeId expected);
  void requireTerminationResult(const FnInfo& main);
  void requireTryReturn(const Type& operand, Span q);
  bool boxesError(TypeId t) const;
  void settleParseError(const Type& operand, TypeId expected, Span at);
  void requireOnlyFromItself(TypeId target, TypeId error, Span parse);
  TypeId checkField(Expr& e);
  void rejectStdFieldAccess(const Expr& e, TypeId t, const std::string& name);
  TypeId checkIndex(Expr& e);
  TypeId checkRef(Expr& e, TypeId expected);
  TypeId checkStructLit(Expr& e, TypeId expected);
  bool coercesForCast(Expr& operand, TypeId from, TypeId target);
  TypeId checkCast(Expr& e);
  [[noreturn]] void failCast(const Expr& e, TypeId from, TypeId target);
  TypeId elementTypeOfIterable(Expr& iter);
  void requireMutablePlace(Expr& place, Span at, const char* action);
  void checkMutablePlace(Expr& place, Span at, const char* action);
  std::string capturedPlaceText(const Expr& place) const;
  bool reportedAtTheClosure(const Expr& place) const;
  void deferToBorrowCheck(const std::function<void()>& check);
  void requireIndexMutBase(Expr& base, Span at);
  void requireMutableReceiver(const Expr& call);
  void checkMutableReceiver(const Expr& call);

  // comparisons (resolve_compare.cpp)
  bool implementsComparison(TypeId t, Comparison c, std::string* culprit);
  // Whether std's code of a call compares a key through the key type's own
  // PartialOrd and Ord impls in an order the run follows (run/std/ordering.cpp):
  // never; always (a heap's sifts, a B-tree's search); or where its PartialEq
  // is derived (a B-tree's bulk build, which sorts, then drops repeated keys by `!=`).
  enum class OwnImpls : uint8_t { Refused, Called, CalledWithDerivedEq };
  void requireOrderedKey(TypeId key, Span at, const char* what = "a B-tree's key", OwnImpls own = OwnImpls::Refused);
  bool orderedByOwnImpls(TypeId t, bool derivedEq = false);
  void requireHashedKey(TypeId key, Span at);
  bool reachesHandWrittenHash(TypeId t, std::vector<TypeId>* seen);
  bool reachesHandWrittenClone(TypeId t, std::vector<TypeId>* seen);
  void requireNoHandWrittenClone(TypeId t, const std::string& what, Span at);
  bool reachesHandWrittenComparison(TypeId t, Comparison c, std::vector<TypeId>* seen);
  void requireNoHandWrittenComparison(TypeId t, Comparison c, const std::string& what, Span at);
  TypeId comparedByStd(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId equatedByStd(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  void requireComparison(TypeId lhs, BinaryOp op, Span at, std::vector<Label> labels);
  void checkAllDerives();
  // A struct or enum with its derives (the attribute's list, in order) and fields.
  struct DerivedItem {
    std::string name;
    Span nameSpan;
    DerivedTraits derived;
    DerivedTraits byHand;
    std::vector<std::pair<TypeId, Span>> fields;
    bool fieldsByRef;
    const std::vector<std::string>* order;
  };
  void requireDeriveBounds(const DerivedItem& item);
  void requireDerivedFields(const DerivedItem& item);
  TypeId unmetPart(TypeId t, StdTrait trait);
  DerivedTraits handWrittenTraits(TypeKind kind, size_t index);
  void requireComparableOperands(TypeId lhs, TypeId rhs, BinaryOp op, Span at, Span rhsSpan);

  // calls, methods, macros (resolve_calls.cpp)
  TypeId checkCall(Expr& e, TypeId expected);
  TypeId checkBuiltinCall(Expr& e, BuiltinFn f, TypeId expected);
  TypeId checkUserCall(Expr& e, int32_t fn, size_t firstArg, std::vector<TypeId> params, TypeId ret);
  enum class BoundsLabel : bool { None, CannotBeCalled };
  void requireImplBoundForMethod(const Expr& e, TypeId arg, const TraitRef& need, BoundsLabel label = BoundsLabel::CannotBeCalled);
  [[noreturn]] void failUnsatisfiedBounds(const Expr& e, TypeId receiver, BoundsLabel label);
  std::string kindAndName(TypeId t);
  std::string kindAndName(TypeId t, const std::string& method);
  [[noreturn]] void failToStringWithoutDisplay(const Expr& call, TypeId receiver);
  void rejectStdDerefByName(const Expr& e, TypeId receiver);
  TypeId parseErrorFor(TypeId target);
  bool parsesWithLearnersFromStr(TypeId target);
  void requireCallBounds(const Expr& e, const MethodPick& pick, size_t firstArg, bool bindings);
  TypeId checkPickedCall(Expr& e, const MethodPick& pick, size_t firstArg);
  TypeId typeOfPathPrefix(const Path& p);
  std::vector<std::string> aliasedTypePath(int32_t alias);
  TypeId readThroughAlias(Path& p);
  TypeId readStructThroughAlias(Path& p);
  TypeId asAliasType(TypeId t, TypeId alias, Span at);
  TypeId checkPickedMethod(Expr& e, MethodPick pick);
  int boxedReceiverLevel(const Expr& e, int derefs);
  bool callsStdImpl(Expr& e, TypeId self, const std::string& name, TypeId expected);
  bool hasStdImplFn(TypeId self, const std::string& name);
  TypeId byTypeOfPath(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId resultVariant(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  std::vector<TypeId> explicitOrFresh(const PathSegment& seg, const FnInfo& f, size_t outer);
  void applyTurbofish(const PathSegment& seg, const FnInfo& f, MethodPick* pick);
  TypeId checkMethodCall(Expr& e, TypeId expected);
  bool borrowsAsBoundTarget(Expr& e, TypeId receiver);
  bool rewriteStdTraitPathAsMethodCall(Expr& e, int32_t trait);
  TypeId checkMethodOn(Expr& e, TypeId receiver, TypeId expected);
  TypeId collectFromIterByPath(Expr& e, TypeId target, Span typeSegment);
  TypeId checkMethodThroughDeref(Expr& e, int derefs, TypeId expected);
  TypeId checkBuiltinMethod(Expr& e, TypeId receiver, BuiltinMethod* which, TypeId expected);
  TypeId firstTypeWithStdMethod(TypeId receiver, const std::string& name, int* derefs) const;
  void rejectMutationThroughSharedOwner(TypeId pointer, Span at, const char* action);
  void rejectMutationOfMapIndex(TypeId indexed, Span at, const char* action);
  [[noreturn]] void failMutationOf(const std::string& data, Span at, const char* action);
  static bool computedByTheCLibrary(const std::string& name);
  bool rewriteIntoAsFrom(Expr& e, TypeId expected);
  bool rewriteBoxFromAsInto(Expr& e, TypeId expected);
  bool learnersFromInto(TypeId target, StdTrait trait) const;
  TypeId learnersTryFromTarget(TypeId expected) const;
  bool rewriteTryIntoAsTryFrom(Expr& e, TypeId expected);
  TypeId checkTryIntoCall(Expr& e, TypeId expected);
  TypeId unwrappedTryIntoContext(const Expr& e, TypeId expected);
  TypeId typeBeforeChecking(const Expr& e);
  TypeId plainStructNamed(const Path& written);
  void requireSummable(const Expr& e, TypeId want, TypeId item);
  bool isOpenVar(TypeId t) const {  // an inference variable nothing has settled (not an `{integer}`)
    const Type& k = T_.get(T_.resolve(t));
    return k.kind == TypeKind::Var && k.varKind == VarKind::Any;
  }
  void rejectLearnersMethodThroughStdDeref(const Expr& e, TypeId receiver);
  void rejectUnsupportedStdMethod(const Expr& e, TypeId t);
  bool downcastsAnError(TypeId t, const std::string& name) const;
  TypeId typeMethodCall(Expr& e, BuiltinMethod m, TypeId self, TypeId hole, TypeId second = kNoType);
  bool keptAround(KeptIter adapter, TypeId inner, const Expr& operand) const;
  bool keptWrittenFromTheBack(TypeId iter) const;
  TypeId methodTypeArgument(const Expr& e);
  // The checks named by the rows of check/std_fns.def (T is t; given is the
  // type argument, if any) and check/std_methods.def (self is the receiver).
  TypeId bySignature(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId hintedByContext(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId optionFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId debuggedPair(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId debuggedPairs(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  void requireDebugEntries(TypeId item, Span at);
  TypeId stringFromText(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId iterSource(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId typeArgumentNeeded(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId bySignature(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId parseTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  [[noreturn]] void failParseInto(const Expr& call, TypeId target);
  TypeId sumTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId partitionTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId unzipTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId joinOfParts(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId learnersDisplay(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId unsignedTwin(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);      // std_checks.cpp
  TypeId anyPattern(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId payloadDebug(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);    // resolve_results.cpp
  TypeId payloadDefault(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId holeOfArgument(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId typeAtHole(TypeId shape, TypeId hole, TypeId wanted);
  TypeId derefOfPayload(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId nestedPayload(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId charPattern(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId reversibleIterator(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId rangeWalkedBack(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId containedInRange(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId cyclableIterator(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId consumedFromTheBack(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  bool reachesOneWayIterator(const Expr& chain);
  bool clonedByBytes(const Expr& part);
  void requireWayBack(const Expr& chain, const Expr& rev);
  void requireExactSize(const Expr& part, const Expr& adapter, const Expr& rev);
  bool knowsExactSize(const Expr& part, std::string* lacking);
  void failRangeFromBackwards(const Expr& range, Span at);
  bool keptWalksBack(TypeId iter) const;
  bool walksWithStrSearcher(TypeId iter) const;
  [[noreturn]] void failStrSearcherBackwards(const Expr& rev);
  TypeId closureResult(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId tryFoldResult(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId arrayByValue(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId scanState(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId flattenedItems(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId referentItems(Expr& e, BuiltinMethod m, TypeId self, StdTrait bound);
  TypeId copiedItems(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId clonedItems(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId clonedElements(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId resizedWithClones(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId intoIteratorItem(TypeId t);
  void checkArguments(Expr& e, size_t count, const char* what, const std::function<void(size_t)>& check);
  TypeId itemThroughReference(const Type& ref);
  TypeId learnersIteratorItem(TypeId t, Span at);
  TypeId genericIteratorItem(TypeId t, Span at);
  bool checkLearnersIteratorMethod(Expr& e, TypeId t, int derefs, TypeId expected, TypeId* result);
  TypeId ownedReceiver(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId textLeftInChars(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId exactChunksRemainder(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId otherIterator(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId iteratorsEqual(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId iterableArgument(Expr& e);
  void failNotIterableThroughMut(const Expr& arg);
  TypeId iteratorOfIterable(TypeId given);
  TypeId closureKeyOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  void internKeyIndexPairs(TypeId key);
  TypeId closureKeyEq(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  void rejectKeyBorrowingItem(const Expr& closure);
  TypeId collectTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  void requireCollectible(const Expr& e, TypeId target, TypeId item);
  void finishCollectTargets();
  void requireSettledTarget(TypeId t, DiagCode code);
  void blameLetForOpenCollect(const Stmt& s);
  void recordRetypingCollects();
  TypeId boundedElement(Expr& e, BuiltinMethod m, TypeId self, StdTrait bound);
  TypeId copiedElement(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId defaultElement(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId clonedElement(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId boxFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId elementOfBoxedSlice(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId clonedByStd(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId formattedInScope(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId debuggedValue(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId debuggedItems(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId boxedReferent(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId referentOfElement(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId keyValueRow(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);  // std_collections.cpp
  bool keyIsInferred(TypeId self);
  void requireHashableKey(Expr& e, TypeId self, bool keyWasInferred);
  TypeId hashedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  bool borrowsAs(TypeId key, TypeId q);
  TypeId borrowedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId defaultValueOfEntry(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId treeKey(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId treeBorrowedKey(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId treeRange(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId treeSetOperation(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId drainedRange(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId extendItems(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  bool learnersDeref(TypeId t);
  TypeId dequeFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId vecFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId totallyOrderedPair(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId pointersCompared(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  bool pointsAtSameType(TypeId pointee, TypeId other);
  TypeId heapFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId heapOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  enum class SearchKind : uint8_t { None, Text, Chars };  // what a Pattern argument is (std_checks.cpp)
  SearchKind searchKindOf(TypeId pattern) const;
  TypeId checkPatternArgument(Expr& e, BuiltinMethod m, TypeId self, bool bothWays);
  TraitRef charPredicateBound(Span at);
  bool checkCharPredicate(TypeId pattern, const Expr& arg, Span method);
  void requireClosureParamsFit(const std::vector<TypeId>& params, const std::vector<TypeId>& wanted, Span callee);
  TypeId integerOfPath(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  TypeId conversionTarget(const Expr& e);
  TypeId numberFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  void settleByOnlyFromImpl(TypeId arg, TypeId target);
  TypeId integerTryFrom(Expr& e, BuiltinFn f, TypeId given, TypeId t, TypeId expected);
  void requireCheckedIntConversion(TypeId from, TypeId to, Span at);
  TypeId tryIntoTarget(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  bool checkIntegerConstant(Expr& e, TypeId* type);
  bool checkFloatConstant(Expr& e, TypeId* type);
  TypeId elementsEqual(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);    // resolve_compare.cpp
  TypeId onPeekable(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);       // resolve_iterators.cpp
  bool takesMutRefAsIterator(const Expr& e, TypeId receiver) const;                // resolve_calls.cpp
  TypeId keptIterNamed(const std::string& n, const PathSegment& seg);              // resolve_items.cpp
  TypeId elementsOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId elementsPartiallyOrdered(Expr& e, BuiltinMethod m, TypeId self, TypeId expected);
  TypeId checkMacro(Expr& e, TypeId expected);
  TypeId checkVecMacro(Expr& e, TypeId expected);
  TypeId checkDbg(Expr& e, TypeId expected);
  TypeId checkWrite(Expr& e, bool newline);
  void checkFormat(Expr& e, size_t fmtIndex);
  bool resolveBuiltinPath(const Path& p, BuiltinFn* out) const;
  bool implementsFormat(TypeId t, FormatTrait trait);
  void checkFormatTraits(size_t firstFormat);
  void checkArgCount(const Expr& e, size_t expected, size_t given, const std::string& what);

  // unification
  bool unify(TypeId a, TypeId b);
  TypeId coerce(Expr& e, TypeId actual, TypeId expected, Span because = {}, const char* becauseText = nullptr);
  static const Expr& blockTail(const Expr& e);
  bool derefsOnTowards(TypeId actual, TypeId expected);
  TypeId coerceAfterDeref(Expr& e, TypeId expected, Span because, const char* becauseText);
  TypeId coerceThroughDeref(Expr& e, TypeId expected, Span because, const char* becauseText);
  void recordAdjustedTypes(Expr& e);
  [[noreturn]] void mismatch(Span at, TypeId expected, TypeId found, Span expectedBecause = {}, const char* because = nullptr);
  [[noreturn]] void fail(DiagCode code, const std::string& message, Span at,
                         const std::string& label = "", std::vector<Label> more = {});
  TypeId stripRefs(TypeId t, int* derefs) const;
  bool pointsToDyn(TypeId t) const;
  std::string typeName(TypeId t) { return T_.name(T_.resolveDeep(t)); }
  std::string text(Span s) const { return std::string(file_.slice(s)); }

  struct LoopCtx {
    std::string label;
    TypeId breakType;  // `loop` only; kNoType for while/for
    bool isFor = false;
    bool isBlock = false;  // a labeled block: `break 'label` only, never `continue`
  };

  Checked& out_;
  TypeTable& T_;
  const SourceFile& file_;
  FnInfo* fn_ = nullptr;
  bool everyTraitInScope_ = false;  // a lookup asking what an import would have brought (traitOutOfScopeWith)
  int32_t fnIndex_ = -1;
  std::vector<std::unordered_map<std::string, int32_t>> scopes_;
  std::vector<LoopCtx> loops_;
  std::vector<Expr*> fnExprs_;        // every expression of the current function, for finishing
  std::vector<Pattern*> fnPatterns_;  // likewise every pattern
  std::unordered_map<std::string, int32_t> fnByName_;  // by key: `crate::area`, `crate::Point::new`
  std::vector<Block*> fnBodies_;      // per Checked::fns entry: the body checking annotates (null: std's)
  std::unique_ptr<Scopes> names_;
  int32_t itemScope_ = 0;    // the innermost scope whose items the code being checked sees
  PatternSource patternSource_ = PatternSource::Match;  // where the pattern being checked is written
  std::string currentImpl_;  // the key of the type whose impl is being checked, or ""
  // Per item declared in a function body (its statement's span): the names
  // of the locals in scope where it stands, which its own body cannot use
  // (E0434 for a fn, E0435 for a constant).
  std::vector<std::pair<Span, std::unordered_set<std::string>>> outerLocals_;
  std::unordered_map<std::string, ItemRef> itemByKey_;  // every struct, enum, fn, const, static and alias
  const ConstInfo* const_ = nullptr;  // the constant whose initializer is being checked
  TypeId currentSelf_ = kNoType;  // `Self` where the code being checked is
  int32_t currentImplIndex_ = -1;  // the impl whose items are being declared or checked
  std::vector<std::pair<std::string, std::string>> implOutlives_;  // the outlives bounds holding in that impl's methods
  // Generic parameters in scope, innermost last, and an instance's
  // substitution (its template's params, and what each became).
  std::vector<std::pair<std::string, TypeId>> generics_;
  std::vector<std::pair<std::string, TypeId>> aliasArgs_;  // inside a generic type alias: its parameters' arguments
  std::vector<TypeId> substParams_, substArgs_;
  // Calls of templates in the current function: which template, with what
  // arguments (inference variables until the function is finished).
  struct PendingCall {
    Expr* call;
    int32_t fn;
    std::vector<TypeId> args;
  };
  std::vector<PendingCall> pendingCalls_;
  struct PendingFnValue {  // a generic function named as a value (resolve_fn_values.cpp)
    int32_t closure;        // its ClosureInfo
    int32_t fn;             // the template
    std::vector<TypeId> args;
  };
  std::vector<PendingFnValue> pendingFnValues_;
  // Trait bounds the current function's code must satisfy, checked once its types are inferred.
  struct Obligation {
    TypeId type;
    TraitRef trait;
    Span span;
    Span traitPath = {};  // `Trait::f(..)`: the path, where an undecided Self is E0790
  };
  std::vector<Obligation> obligations_;
  std::vector<std::pair<TypeId, Span>> pendingIteratorNexts_;  // the learner's generic iterators walked here (recordIteratorNexts)
  std::vector<std::tuple<TypeId, Span, const char*, OwnImpls>> orderedKeys_;  // B-tree keys, heap elements, checked with the obligations
  std::vector<std::pair<TypeId, Span>> hashedKeys_;   // HashMap and HashSet keys, likewise
  std::vector<ClosureLevel> closureLevels_;
  std::vector<Expr*> unsizeSites_;
  std::unordered_map<const TypeExpr*, TypeId> implTraitParams_;  // each `impl Trait` parameter type written: its Param
  std::vector<TypeId> opaques_, revealed_;  // `-> impl Trait` Params, and the type each reveals (kNoType: not yet)  // the current function's coercions to trait objects (Coercion::Unsize)
  std::map<TypeId, Span> boundCallee_;  // a type argument whose bounds a call set: the callee (E0593 points there)  // the closures whose bodies are being checked, outermost first
  std::vector<int32_t> fnClosures_;          // the closure bodies written in the function being checked
  std::unordered_map<int32_t, int32_t> fnItems_;
  const char* implTraitPlace_ = nullptr;  // where a type being lowered is written, when rustc allows no `impl Trait` there (E0562)
  const Expr* methodCallChecked_ = nullptr;  // the innermost method call whose receiver and arguments are being checked  // a function named as a value: its ClosureInfo
  uint32_t closuresIn_ = 0;                  // closures numbered so far in it ({closure#N})
  std::map<std::pair<int32_t, std::vector<TypeId>>, int32_t> instances_;
  std::vector<int32_t> instanceQueue_;
  std::vector<Span> instanceSpans_;  // where each queued instance was first needed
  size_t instancesChecked_ = 0;
  std::vector<int32_t> stdTraitIndex_;  // by StdTrait: its TraitInfo
  size_t firstFormat_ = 0;  // formats of the current function start here
  // `s.parse()` calls of the current function and the type each parses to:
  // checked once inference is done (an integer or a float, else E0277).
  std::vector<std::pair<Expr*, TypeId>> parseTargets_;
  std::vector<std::pair<Expr*, TypeId>> tryIntoTargets_;  // `n.try_into()` calls and the integer each converts to, once inferred
  struct OpenCollect {
    Expr* call;
    BuiltinMethod method;  // collect, sum or product
    TypeId item;
    Span blame;  // where E0283 points if it stays open: the `let`'s pattern, else the method's name
  };
  std::vector<OpenCollect> collectTargets_;  // the collects, sums and products whose target was open
  bool collectTargetOpen(TypeId target) const;
  struct OpenExactSize {
    const Expr *part, *adapter, *rev;
  };
  std::vector<OpenExactSize> openExactSizes_;  // ExactSizeIterator asked of a range whose element was open
  bool rangeElementOpen_ = false;             // knowsExactSize met such a range
  bool settlingExactSizes_ = false;           // finishFunction asks again, the element settled or falling back
  std::vector<LaterOperands> laterOperands_;
  std::vector<OpenInto> openIntos_;
  std::vector<std::pair<const Stmt*, TypeId>> untypedLets_;  // the function's `let`s without a type, and their types
    std::pair<const Expr*, Span> untypedLet_ = {};  // the initializer of the `let` without a type being checked, and its pattern
  const Expr* hintedOperand_ = nullptr;  // an operator's operand: the type it is checked against is a hint, not a coercion target
  std::vector<const Expr*> collects_;        // every collect of the function, checked once its types are final
  // Exhaustiveness and refutability checks of the current function, run once its types are known.
  std::vector<std::function<void()>> patternChecks_;
  // Other checks that need the current function's final types (dbg!'s Debug bound).
  std::vector<std::function<void()>> typeChecks_;
};

}  // namespace sh
