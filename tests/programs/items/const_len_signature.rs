// A `usize` constant gives an array's length in a function's parameter and result types.
const N: usize = 3;

fn doubled(a: [i32; N]) -> [i32; N] {
    let mut out = [0; N];
    for i in 0..N {
        out[i] = a[i] * 2;
    }
    out
}

fn main() {
    println!("{:?}", doubled([1, 2, 3]));
}
// expect: [2, 4, 6]
