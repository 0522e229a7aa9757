// Closures in a `&mut self` method capture the fields they use through self (edition 2021), one pointer each: sizes as rustc.
struct Game { total: i32, bonus: i32, items: Vec<i32> }
impl Game {
    fn run(&mut self) {
        let items = &self.items;
        let mut add = |x: &i32| self.total += x + self.bonus;
        println!("{}", std::mem::size_of_val(&add));
        items.iter().for_each(|x| add(x));
        let show = || println!("{} {}", self.total, self.items.len());
        println!("{}", std::mem::size_of_val(&show));
        show();
        let whole = || self.items.len() + self.total as usize;
        println!("{}", std::mem::size_of_val(&whole));
    }
}
fn main() { let mut g = Game { total: 0, bonus: 1, items: vec![1, 2] }; g.run(); }
// expect: 16
// expect: 16
// expect: 5 2
// expect: 16
