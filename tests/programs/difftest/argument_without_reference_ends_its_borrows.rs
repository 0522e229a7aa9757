// Regression (difftest): an argument that holds no reference (`s.trim_start().to_string()`) ends what it borrowed once it is made, so a later argument may move `s`; the engine kept the borrow to the call and rejected it (E0505).
fn join(a: String, b: String) -> usize {
    a.len() + b.len()
}

fn main() {
    let s = String::from(" ab");
    println!("{}", join(s.trim_start().to_string(), s));
}
// expect: 5
