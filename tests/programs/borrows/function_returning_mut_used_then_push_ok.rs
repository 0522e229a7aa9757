// The `&mut i32` returned by a function may be used and then the Vec pushed to.
fn first_mut(v: &mut Vec<i32>) -> &mut i32 {
    &mut v[0]
}

fn main() {
    let mut v = vec![1, 2];
    let f = first_mut(&mut v);
    *f = 10;
    v.push(3);
    println!("{:?}", v);
}
// expect: [10, 2, 3]
