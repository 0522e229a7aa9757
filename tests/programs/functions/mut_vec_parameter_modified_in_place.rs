// A `&mut Vec<i32>` parameter lets the function push onto and change the caller's Vec.
fn add_squares(v: &mut Vec<i32>, n: i32) {
    for i in 1..=n {
        v.push(i * i);
    }
}

fn double_all(v: &mut Vec<i32>) {
    for x in v.iter_mut() {
        *x *= 2;
    }
}

fn main() {
    let mut v = Vec::new();
    add_squares(&mut v, 4);
    println!("{:?}", v);
    double_all(&mut v);
    println!("{:?}", v);
}
// expect: [1, 4, 9, 16]
// expect: [2, 8, 18, 32]
