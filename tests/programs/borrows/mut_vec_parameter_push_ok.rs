// A function taking `&mut Vec<i32>` can push to the caller's Vec.
fn add(v: &mut Vec<i32>, x: i32) {
    v.push(x);
}

fn main() {
    let mut v = Vec::new();
    add(&mut v, 1);
    add(&mut v, 2);
    println!("{:?}", v);
}
// expect: [1, 2]
