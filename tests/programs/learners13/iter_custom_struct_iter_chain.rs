// A Playlist with its own iterator struct (holding a slice and an index) used in a for loop and a chain.
#[derive(Debug)]
struct Song {
    title: String,
    secs: u32,
}

struct Playlist {
    songs: Vec<Song>,
}

struct PlaylistIter<'a> {
    songs: &'a [Song],
    pos: usize,
}

impl<'a> Iterator for PlaylistIter<'a> {
    type Item = &'a Song;
    fn next(&mut self) -> Option<&'a Song> {
        let s = self.songs.get(self.pos);
        self.pos += 1;
        s
    }
}

impl Playlist {
    fn iter(&self) -> PlaylistIter<'_> {
        PlaylistIter { songs: &self.songs, pos: 0 }
    }
}

fn song(t: &str, secs: u32) -> Song {
    Song { title: t.to_string(), secs }
}

fn main() {
    let p = Playlist { songs: vec![song("intro", 65), song("main theme", 210), song("outro", 90)] };
    for s in p.iter() {
        println!("{} ({}:{:02})", s.title, s.secs / 60, s.secs % 60);
    }
    let total: u32 = p.iter().map(|s| s.secs).sum();
    println!("total {}s", total);
    let long: Vec<&String> = p.iter().filter(|s| s.secs > 80).map(|s| &s.title).collect();
    println!("long ones: {:?}", long);
    println!("{:?}", p.iter().nth(1));
}
// expect: intro (1:05)
// expect: main theme (3:30)
// expect: outro (1:30)
// expect: total 365s
// expect: long ones: ["main theme", "outro"]
// expect: Some(Song { title: "main theme", secs: 210 })
