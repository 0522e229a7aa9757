// `format!` pre-sizes its String to twice its literal text, or 0 if it starts with `{}` and has under 16 literal bytes.
fn main() {
    let a = 3;
    let b = 45;
    let pair = format!("{} {}", a, b);
    let tagged = format!("value: {}", a);
    let many = format!("{a}{a}{a}{a}{a}{a}{a}{a}{a}");
    let long = format!("{a} is the number of the day");
    println!("{} {}", pair, pair.capacity());
    println!("{} {}", tagged, tagged.capacity());
    println!("{} {}", many, many.capacity());
    println!("{} {}", long, long.capacity());
}
// expect: 3 45 8
// expect: value: 3 14
// expect: 333333333 16
// expect: 3 is the number of the day 50
