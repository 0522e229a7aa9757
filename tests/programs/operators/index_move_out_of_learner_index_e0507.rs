// Moving a String out of the learner's Index is E0507: the index gives a reference.
use std::ops::Index;
struct Names { list: Vec<String> }
impl Index<usize> for Names { type Output = String; fn index(&self, i: usize) -> &String { &self.list[i] } }
fn main() {
    let n = Names { list: vec!["ann".to_string()] };
    let s = n[0];
    println!("{}", s);
}
// error: E0507 at 7:13
// headline: differs: rustc words a move out of an overloaded Index as `index of Names`
