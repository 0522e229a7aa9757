// A closure assigning to a captured variable not declared `mut` is E0594 at the assignment in its body, not E0596 at the closure.
fn main() {
    let count = 0;
    let mut add = || count += 1;
    add();
}
// error: E0594 at 4:22
