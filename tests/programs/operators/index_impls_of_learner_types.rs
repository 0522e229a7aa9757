// The learner's Index and IndexMut impls make `g[(r, c)]` a call of `index` (`index_mut` where it is written or borrowed `&mut`), with several impls told apart by the index's type, through a reference too.
use std::ops::{Index, IndexMut};
struct Grid { w: usize, cells: Vec<char> }
impl Index<(usize, usize)> for Grid {
    type Output = char;
    fn index(&self, (r, c): (usize, usize)) -> &char { &self.cells[r * self.w + c] }
}
impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut char { &mut self.cells[r * self.w + c] }
}
struct Names { list: Vec<String> }
impl Index<usize> for Names { type Output = String; fn index(&self, i: usize) -> &String { &self.list[i] } }
impl Index<&str> for Names { type Output = String; fn index(&self, k: &str) -> &String { self.list.iter().find(|s| s.starts_with(k)).unwrap() } }
fn first_len(n: &Names) -> usize { n[0].len() }
fn main() {
    let mut g = Grid { w: 3, cells: vec!['.'; 6] };
    g[(1, 2)] = '#';
    let c = &mut g[(0, 0)];
    *c = '@';
    println!("{}", g.cells.iter().collect::<String>());
    println!("{} {}", g[(1, 2)], g[(0, 1)]);
    let n = Names { list: vec!["ann".to_string(), "bob".to_string()] };
    println!("{} {} {}", n[1], n["a"], first_len(&n));
    let r = &n;
    println!("{}", r[0].to_uppercase());
}
// expect: @....#
// expect: # .
// expect: bob ann 3
// expect: ANN
