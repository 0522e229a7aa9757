// A closure Pattern is called on the chars std's searcher meets, in its order: trim_matches (not again on the char the front search rejected), find, rfind, the one-sided trims, split_once, starts_with, ends_with.
fn main() {
    let s = "  ab1 c2  ";
    let mut seen = String::new();
    let t = s.trim_matches(|c: char| { seen.push(c); c == ' ' });
    println!("[{}] saw [{}]", t, seen);
    seen.clear();
    let f = s.find(|c: char| { seen.push(c); c.is_ascii_digit() });
    println!("{:?} saw [{}]", f, seen);
    seen.clear();
    let r = s.rfind(|c: char| { seen.push(c); c.is_alphabetic() });
    println!("{:?} saw [{}]", r, seen);
    seen.clear();
    let st = s.trim_start_matches(|c: char| { seen.push(c); c.is_whitespace() });
    println!("[{}] saw [{}]", st, seen);
    seen.clear();
    let en = s.trim_end_matches(|c: char| { seen.push(c); c.is_whitespace() });
    println!("[{}] saw [{}]", en, seen);
    seen.clear();
    let sp = s.trim().split_once(|c: char| { seen.push(c); c == ' ' });
    println!("{:?} saw [{}]", sp, seen);
    seen.clear();
    let p = "x1".starts_with(|c: char| { seen.push(c); c == 'x' });
    let q = "x1".ends_with(|c: char| { seen.push(c); c == 'x' });
    println!("{} {} saw [{}]", p, q, seen);
    let all = "xxx".trim_matches(|c: char| { println!("called on {}", c); c == 'x' });
    println!("[{}]", all);
}
// expect: [ab1 c2] saw [  a  2]
// expect: Some(4) saw [  ab1]
// expect: Some(6) saw [  2c]
// expect: [ab1 c2  ] saw [  a]
// expect: [  ab1 c2] saw [  2]
// expect: Some(("ab1", "c2")) saw [ab1 ]
// expect: true false saw [x1]
// expect: called on x
// expect: called on x
// expect: called on x
// expect: []
