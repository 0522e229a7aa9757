// f64's and f32's sqrt, abs, floor, ceil, round (half away from zero), trunc and powi give std's bits, each in its own width.
let xs = [2.0f64, -3.5, 0.5, 2.5, -2.5, 0.1];
for x in xs {
    println!("{} {} {} {} {} {} {} {}", x.abs().sqrt(), x.abs(), x.floor(), x.ceil(), x.round(), x.trunc(), x.powi(3), x.powi(-2));
}
let ys = [2.0f32, -3.5, 0.1, 7.3];
for y in ys {
    println!("{} {} {} {}", y.abs().sqrt(), y.round(), y.powi(5), y.powi(-3));
}
// expect: 1.4142135623730951 2 2 2 2 2 8 0.25
// expect: 1.8708286933869707 3.5 -4 -3 -4 -3 -42.875 0.08163265306122448
// expect: 0.7071067811865476 0.5 0 1 1 0 0.125 4
// expect: 1.5811388300841898 2.5 2 3 3 2 15.625 0.16
// expect: 1.5811388300841898 2.5 -3 -2 -3 -2 -15.625 0.16
// expect: 0.31622776601683794 0.1 0 1 0 0 0.0010000000000000002 99.99999999999999
// expect: 1.4142135 2 32 0.125
// expect: 1.8708287 -4 -525.21875 -0.023323616
// expect: 0.31622776 0 0.000010000002 999.99994
// expect: 2.7018514 7 20730.717 0.0025705816
