// Arrays destructure by position: `let [a, b, c] = arr;` and a match on `[0, ..]` and `[.., 0]`.
fn edge(a: [i32; 4]) -> &'static str {
    match a {
        [0, .., 0] => "zero both ends",
        [0, ..] => "zero first",
        [.., 0] => "zero last",
        _ => "no zero at the ends",
    }
}

fn main() {
    let rgb = [255, 128, 0];
    let [r, g, b] = rgb;
    println!("{r} {g} {b}");
    println!("{}", edge([0, 1, 2, 0]));
    println!("{}", edge([0, 1, 2, 3]));
    println!("{}", edge([5, 1, 2, 0]));
    println!("{}", edge([5, 1, 2, 3]));
}
// expect: 255 128 0
// expect: zero both ends
// expect: zero first
// expect: zero last
// expect: no zero at the ends
