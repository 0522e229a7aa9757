// `s.chars().step_by(2)` kept: StepBy around Chars, its pointer moving over the skipped chars too.
fn main() {
    let s = "héllo wörld";
    let mut it = s.chars().step_by(2);
    println!("{:?} {:?}", it.next(), it.next());
    println!("{:?}", it);
    let rest: String = it.collect();
    println!("{rest}");
}
// expect: Some('h') Some('l')
// expect: StepBy { iter: Chars(['l', 'o', ' ', 'w', 'ö', 'r', 'l', 'd']), step_minus_one: 1, first_take: false }
// expect: owrd
