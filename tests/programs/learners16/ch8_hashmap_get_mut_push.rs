// get_mut on a HashMap<String, Vec<u32>> pushing when present, inserting otherwise.
use std::collections::HashMap;

fn add(grades: &mut HashMap<String, Vec<u32>>, name: &str, g: u32) {
    match grades.get_mut(name) {
        Some(list) => list.push(g),
        None => {
            grades.insert(name.to_string(), vec![g]);
        }
    }
}

fn main() {
    let mut grades = HashMap::new();
    add(&mut grades, "ann", 90);
    add(&mut grades, "bo", 70);
    add(&mut grades, "ann", 85);
    let mut all: Vec<(String, Vec<u32>)> = grades.into_iter().collect();
    all.sort();
    for (n, g) in &all {
        let avg = g.iter().sum::<u32>() as f64 / g.len() as f64;
        println!("{} {:?} {:.1}", n, g, avg);
    }
}
// expect: ann [90, 85] 87.5
// expect: bo [70] 70.0
