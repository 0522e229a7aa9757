// check(): runs the checking passes in order over a parsed program.
#include "check/checker.h"

#include "check/resolver.h"

namespace sh {

std::shared_ptr<Checked> check(std::unique_ptr<Program> program, const SourceFile& file) {
  auto checked = std::make_shared<Checked>();
  checked->ast = std::move(program);
  Resolver(*checked, file).resolveProgram();
  checkMoves(*checked, file);
  checkBorrows(*checked, file);
  checkConstantLints(*checked);
  return checked;
}

}  // namespace sh
