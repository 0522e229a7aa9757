// A function returns `Option` to signal that there may be no answer.
fn find_index(v: &Vec<i32>, target: i32) -> Option<usize> {
    for i in 0..v.len() {
        if v[i] == target {
            return Some(i);
        }
    }
    None
}

fn main() {
    let v = vec![5, 8, 13];
    println!("{:?}", find_index(&v, 8));
    println!("{:?}", find_index(&v, 7));
    if let Some(i) = find_index(&v, 13) {
        println!("found at {}", i);
    }
}
// expect: Some(1)
// expect: None
// expect: found at 2
