// Run-length encoding with a kept Peekable<Chars>: peek and next_if_eq, printing each run.
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.next_if_eq(&c).is_some() {
            n += 1;
        }
        println!("  run of {} x{}", c, n);
        out.push_str(&format!("{}{}", n, c));
    }
    out
}

fn main() {
    println!("{}", encode("aaabccdddd"));
    println!("{:?}", encode(""));
    let mut p = [1, 2, 3].iter().peekable();
    println!("{:?}", p.peek());
    println!("{:?}", p.next());
    println!("{:?}", p.peek());
}
// expect:   run of a x3
// expect:   run of b x1
// expect:   run of c x2
// expect:   run of d x4
// expect: 3a1b2c4d
// expect: ""
// expect: Some(1)
// expect: Some(1)
// expect: Some(2)
