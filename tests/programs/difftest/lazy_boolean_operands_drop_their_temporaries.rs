// Each operand of `||` and `&&` is a temporary scope of its own: Strings cloned for a comparison there are freed before the call taking the result runs (final difftest campaign, seed 2709).
fn takes(flag: bool, v: Vec<u8>) {
    let w = vec![1u8; 8];
    println!("{} {} {}", flag, v.len(), w.len());
}

fn main() {
    let s = String::from("abc");
    takes(false || (s.clone() == s.clone()), vec![1, 2]);
    takes(true && s.clone().len() == 3, vec![3]);
    takes(s.clone().len() == 3 && true, vec![4, 5, 6]);
    println!("{}", s);
}
// expect: true 2 8
// expect: true 1 8
// expect: true 3 8
// expect: abc
