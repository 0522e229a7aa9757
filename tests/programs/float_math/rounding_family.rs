// floor, ceil, round (half away from zero), round_ties_even, trunc and fract on positive, negative and half values, f64 and f32.
fn main() {
    for x in [2.5f64, -2.5, 3.7, -3.7, 0.5, -0.0, 1e16 + 1.0] {
        println!("{} {} {} {} {} {} {}", x, x.floor(), x.ceil(), x.round(), x.round_ties_even(), x.trunc(), x.fract());
    }
    let y = -7.25f32;
    println!("{} {} {} {} {}", y.floor(), y.ceil(), y.round(), y.trunc(), y.fract());
}
// expect: 2.5 2 3 3 2 2 0.5
// expect: -2.5 -3 -2 -3 -2 -2 -0.5
// expect: 3.7 3 4 4 4 3 0.7000000000000002
// expect: -3.7 -4 -3 -4 -4 -3 -0.7000000000000002
// expect: 0.5 0 1 1 0 0 0.5
// expect: -0 -0 -0 -0 -0 -0 0
// expect: 10000000000000000 10000000000000000 10000000000000000 10000000000000000 10000000000000000 10000000000000000 0
// expect: -8 -7 -7 -7 -0.25
