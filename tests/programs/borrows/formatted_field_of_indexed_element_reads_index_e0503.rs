// Formatting `pts[k].x` reads k for the index: with k mutably borrowed it is error E0503.
struct P {
    x: i32,
}

fn main() {
    let pts = vec![P { x: 1 }, P { x: 2 }];
    let mut k = 0;
    let r = &mut k;
    println!("{}", pts[k].x);
    *r += 1;
}
// error: E0503 at 10:24
