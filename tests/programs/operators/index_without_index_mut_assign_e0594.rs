// Assigning through the learner's Index without an IndexMut impl is E0594 on the whole place, as rustc reports it.
use std::ops::Index;
struct Names { list: Vec<String> }
impl Index<usize> for Names { type Output = String; fn index(&self, i: usize) -> &String { &self.list[i] } }
fn main() {
    let mut n = Names { list: vec!["ann".to_string()] };
    n[0] = String::from("x");
}
// error: E0594 at 7:5
