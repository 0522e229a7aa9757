// A closure mutating `c.hits` borrows only that field mutably: `c.label` can be read meanwhile.
struct Counter {
    label: &'static str,
    hits: u32,
}

fn main() {
    let mut c = Counter { label: "clicks", hits: 0 };
    let mut hit = || c.hits += 1;
    hit();
    println!("{}", c.label);
    hit();
    println!("{} {}", c.label, c.hits);
}
// expect: clicks
// expect: clicks 2
