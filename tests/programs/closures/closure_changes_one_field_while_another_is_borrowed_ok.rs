// A closure adding to `self.total` captures only that field, so `self.items` may stay borrowed meanwhile (rustc accepts).
struct Counter { total: i32, items: Vec<i32> }
impl Counter {
    fn sum(&mut self) {
        let items = &self.items;
        items.iter().for_each(|x| self.total += x);
    }
}
fn main() { let mut c = Counter { total: 0, items: vec![1, 2] }; c.sum(); println!("{}", c.total); }
// expect: 3
