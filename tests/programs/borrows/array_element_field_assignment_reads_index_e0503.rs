// Assigning `pts[k].x` of an array reads k for the index: with k mutably borrowed it is error E0503.
struct P {
    x: i32,
}

fn main() {
    let mut pts = [P { x: 1 }, P { x: 2 }];
    let mut k = 0;
    let r = &mut k;
    pts[k].x = 5;
    *r += 1;
    println!("{}", pts[0].x);
}
// error: E0503 at 10:9
