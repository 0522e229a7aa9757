// unwrap_or_else(|e| panic!(..)) on a failed parse panics inside the closure with the learner's message.
fn main() {
    let input = "4o";
    let n: i32 = input.parse().unwrap_or_else(|e| panic!("bad input {:?}: {}", input, e));
    println!("{}", n);
}
// panic: bad input "4o": invalid digit found in string
// panic-at: 4:51
