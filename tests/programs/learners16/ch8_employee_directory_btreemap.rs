// An employee directory kept in a BTreeMap<String, Vec<String>> so departments list in order.
use std::collections::BTreeMap;

fn add(dir: &mut BTreeMap<String, Vec<String>>, cmd: &str) {
    let parts: Vec<&str> = cmd.split(" to ").collect();
    if parts.len() != 2 {
        println!("bad: {}", cmd);
        return;
    }
    let name = parts[0].trim_start_matches("Add ").to_string();
    dir.entry(parts[1].to_string()).or_default().push(name);
}

fn main() {
    let mut dir = BTreeMap::new();
    add(&mut dir, "Add Sally to Engineering");
    add(&mut dir, "Add Amir to Sales");
    add(&mut dir, "Add Dana to Engineering");
    add(&mut dir, "nonsense");
    for (dept, people) in &dir {
        println!("{} {:?}", dept, people);
    }
    if let Some(eng) = dir.get_mut("Engineering") {
        eng.sort_by(|a, b| b.cmp(a));
    }
    println!("{:?}", dir["Engineering"]);
}
// expect: bad: nonsense
// expect: Engineering ["Sally", "Dana"]
// expect: Sales ["Amir"]
// expect: ["Sally", "Dana"]
