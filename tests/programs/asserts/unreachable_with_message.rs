// `unreachable!("...")` adds its message after "internal error: entered unreachable code: ".
fn main() {
    let state = 9;
    match state {
        0 | 1 => println!("ok"),
        n => unreachable!("bad state {}", n),
    }
}
// panic: internal error: entered unreachable code: bad state 9
// panic-at: 6:14
