// len() - 1 on an empty Vec underflows usize: panics "attempt to subtract with overflow".
fn last_index(v: &Vec<i32>) -> usize {
    v.len() - 1
}

fn main() {
    println!("{}", last_index(&vec![1, 2]));
    println!("{}", last_index(&vec![]));
}
// expect: 1
// panic: attempt to subtract with overflow
// panic-at: 3:5
