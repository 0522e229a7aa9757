// A `&[i32]` result takes a `&Vec<i32>` from one arm and `&[]` from the other: the Vec's reference is coerced to a slice.
fn view(v: &Vec<i32>, all: bool) -> &[i32] {
    match all {
        true => v,
        false => &[],
    }
}

fn main() {
    let v = vec![1, 2, 3];
    println!("{:?} {:?}", view(&v, true), view(&v, false));
}
// expect: [1, 2, 3] []
