// `resize_with` calls its closure once for each new slot, in order, after reserving room for all of them.
fn main() {
    let mut next = 0;
    let mut ids: Vec<String> = Vec::new();
    ids.resize_with(3, || {
        next += 1;
        format!("id{}", next)
    });
    println!("{:?} {}", ids, ids.capacity());
    ids.resize_with(1, String::new);
    let mut rows: Vec<Vec<i32>> = Vec::new();
    rows.resize_with(2, Vec::new);
    println!("{:?} {:?}", ids, rows);
}
// expect: ["id1", "id2", "id3"] 4
// expect: ["id1"] [[], []]
