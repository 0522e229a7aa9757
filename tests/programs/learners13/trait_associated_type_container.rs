// A trait with an associated type (Container::Item), implemented for two structs and used generically.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Numbers(Vec<i32>);
struct Letters {
    text: Vec<char>,
}

impl Container for Numbers {
    type Item = i32;
    fn get(&self, i: usize) -> Option<&i32> {
        self.0.get(i)
    }
    fn size(&self) -> usize {
        self.0.len()
    }
}

impl Container for Letters {
    type Item = char;
    fn get(&self, i: usize) -> Option<&char> {
        self.text.get(i)
    }
    fn size(&self) -> usize {
        self.text.len()
    }
}

fn report<C: Container>(c: &C) -> usize
where
    C::Item: std::fmt::Debug,
{
    println!("size {} first {:?} last {:?}", c.size(), c.first(), c.get(c.size() - 1));
    c.size()
}

fn main() {
    let n = Numbers(vec![7, 8, 9]);
    let l = Letters { text: "xyz!".chars().collect() };
    let total = report(&n) + report(&l);
    println!("total size {}", total);
    println!("{:?}", n.get(5));
}
// expect: size 3 first Some(7) last Some(9)
// expect: size 4 first Some('x') last Some('!')
// expect: total size 7
// expect: None
