// unzip into collections other than two Vecs (a HashSet here) is "not supported yet" at the method's name.
use std::collections::HashSet;

fn main() {
    let pairs = vec![(1, 'a'), (1, 'b')];
    let (nums, chars): (HashSet<i32>, Vec<char>) = pairs.into_iter().unzip();
    println!("{} {:?}", nums.len(), chars);
}
// expect: 1 ['a', 'b']
// unsupported: `unzip` into other than two `Vec`s at 6:70
