// `rev` after `step_by` yields the same items the forward walk lands on, from the last (std's next_back_index over an exact-size iterator).
fn main() {
    let up: Vec<i32> = (0..10).step_by(3).collect();
    let down: Vec<i32> = (0..10).step_by(3).rev().collect();
    println!("{:?} {:?}", up, down);
    let v = vec!['a', 'b', 'c', 'd', 'e', 'f'];
    let every_other: String = v.iter().step_by(2).rev().collect();
    println!("{}", every_other);
    let mut it = v.iter().step_by(4).rev();
    println!("{:?} {:?} {:?}", it.next(), it.next(), it.next());
}
// expect: [0, 3, 6, 9] [9, 6, 3, 0]
// expect: eca
// expect: Some('e') Some('a') None
