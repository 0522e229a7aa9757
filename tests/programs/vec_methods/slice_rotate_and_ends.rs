// rotate_left and rotate_right move a slice's elements round in place (Strings too, without allocating); starts_with and ends_with compare element by element.
fn main() {
    let mut queue = vec![String::from("ann"), String::from("bob"), String::from("cy"), String::from("dee")];
    queue.rotate_left(1);
    println!("{:?}", queue);
    queue[1..].rotate_right(2);
    println!("{:?}", queue);
    let nums = [1, 2, 3, 4, 5];
    println!("{} {} {}", nums.starts_with(&[1, 2]), nums.ends_with(&[4, 5]), nums.ends_with(&[3]));
    println!("{} {}", queue.starts_with(&[String::from("bob")]), nums[..2].ends_with(&nums));
}
// expect: ["bob", "cy", "dee", "ann"]
// expect: ["bob", "dee", "ann", "cy"]
// expect: true true false
// expect: true false
