// `Default::default` named as a value is a function making the element type's default: resize_with and unwrap_or_else call it.
#[derive(Debug, Default)]
struct Tally {
    hits: u32,
    names: Vec<String>,
}

struct Level(u8);

impl Default for Level {
    fn default() -> Self {
        println!("making a level");
        Level(1)
    }
}

fn main() {
    let mut ids: Vec<String> = Vec::new();
    ids.resize_with(2, Default::default);
    let t: Option<Tally> = None;
    let tally = t.unwrap_or_else(Default::default);
    let lv: Option<Level> = None;
    let level = lv.unwrap_or_else(Default::default);
    println!("{:?} {:?} {}", ids, tally, level.0);
}
// expect: making a level
// expect: ["", ""] Tally { hits: 0, names: [] } 1
