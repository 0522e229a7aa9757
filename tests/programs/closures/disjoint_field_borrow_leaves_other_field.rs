// Edition 2021 captures only the field a closure uses: borrowing `p.x` leaves `p.y` free to change while the closure lives.
struct Point {
    x: String,
    y: String,
}

fn main() {
    let mut p = Point { x: String::from("left"), y: String::from("right") };
    let show = || println!("{}", p.x);
    p.y.push('!');
    show();
    println!("{}", p.y);
}
// expect: left
// expect: right!
