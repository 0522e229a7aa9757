// A generic best_by<T, K: PartialOrd>(items, key) returning the item with the largest key, used on tuples and structs.
fn best_by<T, K: PartialOrd, F: Fn(&T) -> K>(items: &[T], key: F) -> Option<&T> {
    let mut best: Option<&T> = None;
    for it in items {
        match best {
            None => best = Some(it),
            Some(b) => {
                if key(it) > key(b) {
                    best = Some(it);
                }
            }
        }
    }
    best
}

#[derive(Debug)]
struct City {
    name: &'static str,
    pop: u32,
}

fn main() {
    let pairs = [(1, 'a'), (5, 'b'), (3, 'c')];
    println!("{:?}", best_by(&pairs, |p| p.0));
    let cities = [City { name: "Oslo", pop: 700 }, City { name: "Rome", pop: 2800 }, City { name: "Nice", pop: 340 }];
    println!("{:?}", best_by(&cities, |c| c.pop));
    println!("{:?}", best_by(&cities, |c| c.name.len() as f64 / 2.0));
    let none: [City; 0] = [];
    println!("{:?}", best_by(&none, |c| c.pop));
}
// expect: Some((5, 'b'))
// expect: Some(City { name: "Rome", pop: 2800 })
// expect: Some(City { name: "Oslo", pop: 700 })
// expect: None
