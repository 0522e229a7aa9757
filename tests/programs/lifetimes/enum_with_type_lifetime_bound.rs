// An enum `Token<'a, T: 'a>` holding `&'a T`, with an impl whose where-clause repeats `T: 'a`.
#[derive(Debug)]
enum Token<'a, T: 'a> {
    Item(&'a T),
    End,
}

struct Holder<'a, T>
where
    T: 'a,
{
    items: &'a [T],
}

impl<'a, T> Holder<'a, T>
where
    T: 'a,
{
    fn get(&self, i: usize) -> Token<'a, T> {
        if i < self.items.len() { Token::Item(&self.items[i]) } else { Token::End }
    }
}

fn main() {
    let v = vec![10, 20];
    let h = Holder { items: &v };
    println!("{:?} {:?}", h.get(1), h.get(5));
}
// expect: Item(20) End
