// `|a| a == 2` never called: the comparison's trait impl cannot be picked for an unknown `a` (E0283 at the parameter).
fn main() {
    let is_two = |a| a == 2;
    println!("made a closure");
}
// error: E0283 at 3:19
