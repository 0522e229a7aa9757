// A value created in a function and returned is not freed at the function's end.
fn make_vec(n: i32) -> Vec<i32> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(i);
    }
    v
}

fn main() {
    let v = make_vec(3);
    println!("{:?}", v);
    println!("end of main");
}
// expect: [0, 1, 2]
// expect: end of main
