// The captured field itself stays borrowed: pushing to `p.x` while the closure that reads it lives is E0502.
struct Point {
    x: String,
    y: String,
}

fn main() {
    let mut p = Point { x: String::from("left"), y: String::from("right") };
    let show = || println!("{}", p.x);
    p.x.push('!');
    show();
    println!("{}", p.y);
}
// error: E0502 at 10:5
